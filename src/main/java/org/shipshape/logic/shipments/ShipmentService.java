package org.shipshape.logic.shipments;

import org.shipshape.logic.task.EditConflictException;
import org.shipshape.store.db.StaleRecordException;
import org.shipshape.model.common.RecordVersion;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.common.Message;
import org.shipshape.model.common.Language;
import org.shipshape.model.shipments.ArrivalRecord;
import org.shipshape.model.shipments.ArrivalState;
import org.shipshape.model.shipments.ContainerNumber;
import org.shipshape.model.shipments.ContainerType;
import org.shipshape.model.shipments.Country;
import org.shipshape.model.loading.PackageCounts;
import org.shipshape.model.shipments.Shipment;
import org.shipshape.model.shipments.ShipmentMarker;
import org.shipshape.model.shipments.ShipmentStatus;
import org.shipshape.store.db.Database;
import org.shipshape.store.settings.SettingsRepository;
import org.shipshape.store.shipments.ArrivalRepository;
import org.shipshape.store.shipments.ShipmentRepository;
import org.shipshape.store.shipments.CountryRepository;

/**
 * Shipments: create and edit with validation, the lifecycle planning -> ... -> closed with its rules, and what
 * the partner reports on arrival. Every status change is written to the audit log in the same transaction.
 */
public final class ShipmentService {
    /** Incoterms 2020 a charity meets; the named place goes in incotermPlace. */
    public static final List<String> INCOTERMS = List.of("FOB", "CFR", "CIF", "DAP", "EXW", "FCA", "CPT", "CIP",
            "DPU", "DDP");
    public static final String USABLE_SHARE_SETTING = "loading.usable_volume_share";

    private final Workspace workspace;
    private final Database db;
    private final ShipmentRepository shipments;

    public ShipmentService(Workspace workspace) {
        this.workspace = workspace;
        this.db = workspace.database();
        this.shipments = new ShipmentRepository(db);
    }

    /** What the partner reported for one package; state null while nothing is recorded. */
    public record ArrivalLine(String packageNumber, ArrivalState state, String remarks) {
    }

    public List<Shipment> shipments() {
        return shipments.findAll();
    }

    public Optional<Shipment> find(String reference) {
        return reference == null || reference.isBlank() ? Optional.empty() : shipments.findByReference(reference);
    }

    /** The shipment of that reference, or a {@link UserInputException} naming it. */
    public Shipment require(String reference) {
        return find(reference).orElseThrow(() -> new UserInputException(Message.of("shipments.unknownReference",
                reference == null ? "" : reference)));
    }

    public Shipment get(long id) {
        return shipments.findById(id).orElseThrow(() -> new IllegalStateException("No shipment with id " + id));
    }

    /** The container types to choose from: those not retired. */
    public List<ContainerType> containerTypes() {
        return shipments.containerTypes().stream().filter(t -> !t.retired()).toList();
    }

    public Optional<ContainerType> containerType(String code) {
        return code == null || code.isBlank() ? Optional.empty() : shipments.containerType(code);
    }

    /** The destination countries to choose from: those not retired. */
    public List<Country> countries() {
        return new CountryRepository(workspace.database()).countries().stream().filter(c -> !c.retired()).toList();
    }

    /** The document languages of the destination from table country; empty for a country not listed there. */
    public List<Language> defaultLanguages(String countryCode) {
        if (countryCode == null) {
            return List.of();
        }
        return new CountryRepository(workspace.database()).find(countryCode).map(Country::documentLanguages)
                .orElse(List.of());
    }

    /** Reads "fr;ro" or "fr, ro"; a code that is not known gets a sentence naming it. */
    public static List<Language> parseLanguages(String text) {
        List<Language> result = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return result;
        }
        for (String code : text.split("[;,\\s]+")) {
            if (code.isBlank()) {
                continue;
            }
            Language language = Language.fromCode(code).orElseThrow(() -> new UserInputException(Message.of(
                    "shipments.refused.unknownLanguage", code.trim(), java.util.Arrays.stream(Language.values())
                    .map(Language::code).collect(Collectors.joining(", ")))));
            if (!result.contains(language)) {
                result.add(language);
            }
        }
        return result;
    }

    public Map<Long, PackageCounts> packageCounts() {
        return shipments.packageCounts();
    }

    public PackageCounts packageCounts(long shipmentId) {
        return shipments.packageCounts().getOrDefault(shipmentId, PackageCounts.NONE);
    }

    /** The organisation's default currency, for new shipments. */
    public String defaultCurrency() {
        return new SettingsRepository(db).organisation().defaultCurrency();
    }

    /** Share of the inside volume hand-loaded cargo really uses (setting, default 85 %). */
    public BigDecimal usableShare() {
        return new SettingsRepository(db).get(USABLE_SHARE_SETTING).flatMap(ShipmentService::share)
                .orElse(Capacity.DEFAULT_USABLE_SHARE);
    }

    private static Optional<BigDecimal> share(String text) {
        try {
            BigDecimal value = new BigDecimal(text.trim().replace(',', '.').replace("%", "").trim());
            if (value.compareTo(BigDecimal.ONE) > 0) {
                value = value.movePointLeft(2);
            }
            return value.signum() > 0 && value.compareTo(BigDecimal.ONE) <= 0 ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Every problem of the shipment's fields, one message each naming the field; empty when valid. */
    public List<Message> problems(Shipment s) {
        List<Message> problems = new ArrayList<>();
        if (s.reference().isBlank()) {
            problems.add(Message.of("shipments.problem.noReference"));
        } else {
            find(s.reference()).filter(other -> other.id() != s.id()).ifPresent(other -> problems.add(Message.of(
                    "shipments.problem.referenceUsed", s.reference())));
        }
        if (s.countryCode().isBlank()) {
            problems.add(Message.of("shipments.problem.noCountry"));
        } else if (!s.countryCode().matches("[A-Z]{2}")) {
            problems.add(Message.of("shipments.problem.country", s.countryCode()));
        }
        if (s.consignee().isBlank()) {
            problems.add(Message.of("shipments.problem.noConsignee"));
        }
        if (!isCurrency(s.currency())) {
            problems.add(Message.of("shipments.problem.currency", s.currency()));
        }
        if (s.containerTypeCode() != null && containerType(s.containerTypeCode()).isEmpty()) {
            problems.add(Message.of("shipments.problem.containerType", s.containerTypeCode(),
                    containerTypes().stream().map(ContainerType::code).collect(Collectors.joining(", "))));
        }
        if (s.incoterm() != null && !INCOTERMS.contains(s.incoterm())) {
            problems.add(Message.of("shipments.problem.incoterm", s.incoterm(), String.join(", ", INCOTERMS)));
        }
        if (s.containerNumber() != null) {
            ContainerNumber.problem(s.containerNumber()).ifPresent(p -> problems.add(Message.of(
                    "shipments.problem.containerNumber", p)));
        }
        if (s.etd() != null && s.eta() != null && s.eta().isBefore(s.etd())) {
            problems.add(Message.of("shipments.problem.etaBeforeEtd", s.eta(), s.etd()));
        }
        return problems;
    }

    private static boolean isCurrency(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Trims text fields, turns empty ones into null and upper-cases codes, as they are stored. */
    public static Shipment tidy(Shipment s) {
        return new Shipment(s.id(), s.reference().trim(), s.countryCode().trim().toUpperCase(Locale.ROOT),
                s.consignee().trim(), blankToNull(s.consigneeAddress()), blankToNull(s.notifyParty()),
                blankToNull(s.portOfLoading()), blankToNull(s.portOfDischarge()), blankToNull(s.finalDestination()),
                blankToNull(s.vessel()), blankToNull(s.voyage()), blankToNull(s.billOfLading()), s.etd(), s.eta(),
                upper(s.incoterm()), blankToNull(s.incotermPlace()), s.currency().trim().toUpperCase(Locale.ROOT),
                s.documentLanguages(), upper(s.containerTypeCode()),
                s.containerNumber() == null || s.containerNumber().isBlank() ? null
                        : ContainerNumber.normalise(s.containerNumber()),
                blankToNull(s.sealNumber()), s.status());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static String upper(String text) {
        String t = blankToNull(text);
        return t == null ? null : t.toUpperCase(Locale.ROOT);
    }

    /** Creates a shipment in planning; without document languages it takes the destination's. */
    public Shipment create(Shipment draft) {
        Shipment s = tidy(draft).withStatus(ShipmentStatus.PLANNING);
        if (s.documentLanguages().isEmpty()) {
            s = withLanguages(s, defaultLanguages(s.countryCode()));
        }
        reject(problems(s.withId(0)));
        return s.withId(shipments.insert(s));
    }

    /** Moves whenever any station changes the shipment, its packages or its loading (for screens that follow it). */
    public ShipmentMarker marker(long shipmentId) {
        return shipments.marker(shipmentId);
    }

    /** Which change of the shipment is stored, and who made it (read with the shipment a form shows). */
    public RecordVersion version(long id) {
        return shipments.version(id).orElseThrow(() -> new IllegalStateException("No shipment with id " + id));
    }

    /**
     * Saves edited fields over whatever is stored now: for the command line, which reads and saves at once. A screen
     * uses {@link #update(Shipment, long)}.
     */
    public Shipment update(Shipment edited) {
        return workspace.database().inTransaction(() -> update(edited, version(edited.id()).number()));
    }

    /**
     * Saves edited fields if the shipment is still at the version the form showed; the status is kept as stored (it
     * changes only through {@link #moveTo}). From sealed on, container type, container number and seal number are
     * locked like the loads.
     *
     * @throws EditConflictException naming who changed it since and when; nothing is saved then
     */
    public Shipment update(Shipment edited, long seenVersion) {
        Shipment stored = get(edited.id());
        Shipment s = tidy(edited).withStatus(stored.status());
        List<Message> problems = new ArrayList<>(problems(s));
        if (stored.status().isLocked() && (!Objects.equals(stored.containerTypeCode(), s.containerTypeCode())
                || !Objects.equals(stored.containerNumber(), s.containerNumber())
                || !Objects.equals(stored.sealNumber(), s.sealNumber()))) {
            problems.add(Message.of("shipments.problem.containerLocked", stored.reference(), stored.status()));
        }
        reject(problems);
        try {
            shipments.update(s, seenVersion);
        } catch (StaleRecordException stale) {
            throw EditConflictException.of(stale, "shipments", stored.reference());
        }
        return s;
    }

    private static Shipment withLanguages(Shipment s, List<Language> languages) {
        return new Shipment(s.id(), s.reference(), s.countryCode(), s.consignee(), s.consigneeAddress(),
                s.notifyParty(), s.portOfLoading(), s.portOfDischarge(), s.finalDestination(), s.vessel(), s.voyage(),
                s.billOfLading(), s.etd(), s.eta(), s.incoterm(), s.incotermPlace(), s.currency(), languages,
                s.containerTypeCode(), s.containerNumber(), s.sealNumber(), s.status());
    }

    private static void reject(List<Message> problems) {
        if (!problems.isEmpty()) {
            throw new UserInputException(problems);
        }
    }

    /** Going back from sealed or later is a reopening and needs a reason for the audit log. */
    public static boolean isReopening(Shipment s, ShipmentStatus target) {
        return s.status().isReopeningTo(target);
    }

    /** Why the shipment cannot move to the target status now; empty when it can. */
    public Optional<Message> whyNot(Shipment s, ShipmentStatus target) {
        ShipmentStatus current = s.status();
        if (target == current) {
            return Optional.of(Message.of("shipments.whyNot.already", s.reference(), current));
        }
        if (!current.canMoveTo(target)) {
            return Optional.of(Message.of("shipments.whyNot.oneStep", current, current.next().orElseThrow()));
        }
        if (target.compareTo(current) < 0) {
            return Optional.empty();
        }
        switch (target) {
            case LOADING -> {
                if (s.containerTypeCode() == null) {
                    return Optional.of(Message.of("shipments.whyNot.noContainerType"));
                }
            }
            case SEALED -> {
                List<Message> missing = new ArrayList<>();
                if (s.containerTypeCode() == null) {
                    missing.add(Message.of("shipments.beforeSealing.containerType"));
                }
                if (s.containerNumber() == null) {
                    missing.add(Message.of("shipments.beforeSealing.containerNumber"));
                } else {
                    ContainerNumber.problem(s.containerNumber()).ifPresent(p -> missing.add(Message.of(
                            "shipments.beforeSealing.correctContainerNumber", p)));
                }
                if (s.sealNumber() == null || s.sealNumber().isBlank()) {
                    missing.add(Message.of("shipments.beforeSealing.sealNumber"));
                }
                if (packageCounts(s.id()).loaded() == 0) {
                    missing.add(Message.of("shipments.beforeSealing.load"));
                }
                if (!missing.isEmpty()) {
                    Message joined = missing.get(0);
                    for (Message next : missing.subList(1, missing.size())) {
                        joined = Message.of("common.list", joined, next);
                    }
                    return Optional.of(Message.of("shipments.whyNot.beforeSealing", joined));
                }
            }
            case CLOSED -> {
                long open = arrivalSheet(s.id()).stream().filter(l -> l.state() == null).count();
                if (open > 0) {
                    return Optional.of(Message.of("shipments.whyNot.arrivalsMissing", open));
                }
            }
            default -> {
                // shipped and arrived only need the step before
            }
        }
        return Optional.empty();
    }

    /**
     * Moves the shipment to the target status. Reopening (going back from sealed or later) needs a reason; it is
     * written to the audit log in the same transaction as the change.
     */
    public Shipment moveTo(long shipmentId, ShipmentStatus target, String reason) {
        Shipment s = get(shipmentId);
        Optional<Message> refusal = whyNot(s, target);
        if (refusal.isPresent()) {
            throw new UserInputException(refusal.get());
        }
        boolean reopening = isReopening(s, target);
        if (reopening && (reason == null || reason.isBlank())) {
            throw new UserInputException(Message.of("shipments.refused.reopenNeedsReason", s.reference(), s.status(),
                    target));
        }
        String details = s.status().code() + " -> " + target.code()
                + (reason == null || reason.isBlank() ? "" : ": " + reason.trim());
        shipments.changeStatus(shipmentId, target, workspace.user(), reopening ? "reopen" : "status", details);
        return s.withStatus(target);
    }

    /** Every loaded package (or every package, before loading) with what the partner reported, by number. */
    public List<ArrivalLine> arrivalSheet(long shipmentId) {
        ShipmentPackages packages = new ShipmentPackages(db);
        List<ShipmentPackage> loaded = packages.loaded(shipmentId);
        Map<Long, ArrivalRecord> records = new HashMap<>();
        new ArrivalRepository(db).recordsOf(shipmentId).forEach(r -> records.put(r.packageId(), r));
        return loaded.stream().sorted(java.util.Comparator.comparing(ShipmentPackage::number)).map(p -> {
            ArrivalRecord r = records.get(p.pkg().id());
            return new ArrivalLine(p.number(), r == null ? null : r.state(), r == null ? null : r.remarks());
        }).toList();
    }

    public String partnerRemarks(long shipmentId) {
        return shipments.partnerRemarks(shipmentId).orElse("");
    }

    /**
     * Records what the partner reported: per package received, missing or damaged, plus their remarks, in one
     * transaction. Only for a shipment that has arrived; lines without a state are left as they are.
     */
    public void recordArrival(long shipmentId, List<ArrivalLine> lines, String partnerRemarks) {
        Shipment s = get(shipmentId);
        if (s.status().compareTo(ShipmentStatus.ARRIVED) < 0) {
            throw new UserInputException(Message.of("shipments.refused.notArrived", s.reference(), s.status()));
        }
        if (s.status() == ShipmentStatus.CLOSED) {
            throw new UserInputException(Message.of("shipments.refused.closed", s.reference()));
        }
        Map<String, Long> loadedIds = new HashMap<>();
        new ShipmentPackages(db).loaded(shipmentId).forEach(p -> loadedIds.put(p.number().toUpperCase(Locale.ROOT),
                p.pkg().id()));
        List<Message> problems = new ArrayList<>();
        List<ArrivalRecord> records = new ArrayList<>();
        Instant now = Instant.now();
        for (ArrivalLine line : lines) {
            Long id = loadedIds.get(line.packageNumber().trim().toUpperCase(Locale.ROOT));
            if (id == null) {
                problems.add(Message.of("shipments.problem.arrivedNotLoaded", line.packageNumber(), s.reference()));
            } else if (line.state() != null) {
                records.add(new ArrivalRecord(shipmentId, id, line.state(), blankToNull(line.remarks()), now));
            }
        }
        reject(problems);
        new ArrivalRepository(db).record(shipmentId, records, blankToNull(partnerRemarks));
    }
}
