package org.shipshape.logic.customs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import org.shipshape.model.shipments.ContainerNumber;
import java.util.Set;
import org.shipshape.model.common.Language;
import org.shipshape.model.common.Message;
import org.shipshape.model.customs.CustomsData;
import org.shipshape.model.customs.DestinationRule;
import org.shipshape.model.customs.ItemTest;
import org.shipshape.model.customs.PackProblem;
import org.shipshape.model.customs.PackageContents;
import org.shipshape.model.common.Severity;
import org.shipshape.model.categories.Category;
import org.shipshape.model.intake.HandlingFlag;
import org.shipshape.model.categories.HsCode;
import org.shipshape.model.intake.TestResult;
import org.shipshape.model.packing.ContentLine;
import org.shipshape.model.packing.Package;
import org.shipshape.model.shipments.Shipment;

/**
 * Checks a shipment before its customs documents are printed: everything that would get the container stuck in
 * port. A final pack is refused while a blocking problem remains; a draft pack prints anyway, watermarked.
 */
public final class PackCheck {
    private static final int NAMED_PACKAGES = 5;
    /** Phrases every document needs in the document language. */
    private static final List<String> NEEDED_PHRASES = List.of("aid", "value", "reason", "certificate",
            "title.packing-list", "title.proforma-invoice", "title.donation-certificate", "title.hs-summary");

    private final CustomsData data;
    private final CustomsTotals totals;
    private final boolean finalPack;
    private final Language language;
    private final List<PackProblem> problems = new ArrayList<>();

    private PackCheck(CustomsData data, CustomsTotals totals, boolean finalPack, Language language) {
        this.data = data;
        this.totals = totals;
        this.finalPack = finalPack;
        this.language = language;
    }

    /**
     * All problems, blocking ones first.
     *
     * @param finalPack a final pack also needs the seal number and a valid container number
     * @param language  the document language the pack will be printed in
     */
    public static List<PackProblem> check(CustomsData data, CustomsTotals totals, boolean finalPack,
                                          Language language) {
        PackCheck check = new PackCheck(data, totals, finalPack, language);
        check.shipment();
        check.packages();
        check.destinationRules();
        check.containerList();
        check.totalsAgree();
        check.phrases();
        List<PackProblem> sorted = new ArrayList<>(check.problems);
        sorted.sort((a, b) -> Boolean.compare(b.isBlocking(), a.isBlocking()));
        return List.copyOf(sorted);
    }

    public static boolean hasBlocking(List<PackProblem> problems) {
        return problems.stream().anyMatch(PackProblem::isBlocking);
    }

    private void add(Severity severity, Message where, String problemKey, List<Object> values, String fixKey) {
        problems.add(new PackProblem(severity, where, Message.of(problemKey, values.toArray()), Message.of(fixKey)));
    }

    private void add(Severity severity, Message where, String problemKey, String fixKey) {
        add(severity, where, problemKey, List.of(), fixKey);
    }

    /** Blocking for a final pack, a warning on a draft. */
    private Severity finalOnly() {
        return finalPack ? Severity.BLOCK : Severity.WARN;
    }

    private void shipment() {
        Shipment s = data.shipment();
        Message where = Message.of("customs.where.shipment", s.reference());
        if (data.packages().isEmpty()) {
            add(Severity.BLOCK, where, "customs.problem.noPackages", "customs.fix.noPackages");
        }
        if (s.containerNumber() == null || s.containerNumber().isBlank()) {
            add(finalOnly(), where, "customs.problem.noContainerNumber", "customs.fix.noContainerNumber");
        } else {
            ContainerNumber.problem(s.containerNumber()).ifPresent(problem -> add(finalOnly(), where,
                    "customs.problem.containerNumberInvalid", List.of(problem), "customs.fix.containerNumberInvalid"));
        }
        if (finalPack && (s.sealNumber() == null || s.sealNumber().isBlank())) {
            add(Severity.BLOCK, where, "customs.problem.noSealNumber", "customs.fix.noSealNumber");
        }
        if (data.containerType() == null) {
            add(Severity.WARN, where, "customs.problem.noContainerType", "customs.fix.noContainerType");
        } else if (totals.grossKg().compareTo(data.containerType().maxPayloadKg()) > 0) {
            add(Severity.BLOCK, where, "customs.problem.overPayload", List.of(totals.grossKg(),
                    data.containerType().code(), data.containerType().maxPayloadKg()), "customs.fix.overPayload");
        }
        if (blank(s.portOfDischarge())) {
            add(Severity.WARN, where, "customs.problem.noPortOfDischarge", "customs.fix.noPortOfDischarge");
        }
        if (blank(s.incoterm())) {
            add(Severity.WARN, where, "customs.problem.noIncoterm", "customs.fix.noIncoterm");
        }
        if (blank(data.organisation().name())) {
            add(Severity.BLOCK, where, "customs.problem.noShipperName", "customs.fix.noShipperName");
        }
    }

    private void packages() {
        Set<Long> inShipment = new HashSet<>();
        Set<Long> carryingOthers = new HashSet<>();
        data.packages().forEach(p -> {
            inShipment.add(p.pkg().id());
            if (p.pkg().parentId() != null) {
                carryingOthers.add(p.pkg().parentId());
            }
        });
        for (PackageContents contents : data.packages()) {
            Package pkg = contents.pkg();
            Message where = Message.of("customs.where.package", pkg.number());
            boolean alone = pkg.parentId() == null || !inShipment.contains(pkg.parentId());
            if (alone && pkg.grossKg() == null) {
                add(Severity.BLOCK, where, "customs.problem.noGrossWeight", "customs.fix.noGrossWeight");
            }
            if (alone && pkg.dimensions() == null) {
                add(Severity.WARN, where, "customs.problem.noDimensions", "customs.fix.noDimensions");
            }
            if (contents.lines().isEmpty() && !carryingOthers.contains(pkg.id())) {
                add(Severity.BLOCK, where, "customs.problem.noLines", "customs.fix.noLines");
            }
            BigDecimal net = totals.of(pkg).netKg();
            if (pkg.grossKg() != null && net.compareTo(pkg.grossKg()) > 0) {
                add(Severity.BLOCK, where, "customs.problem.netOverGross", List.of(net, pkg.grossKg()),
                        "customs.fix.netOverGross");
            }
            for (ContentLine line : contents.lines()) {
                line(Message.of("customs.where.line", pkg.number(), line.lineNo()), line);
            }
        }
    }

    private void line(Message where, ContentLine line) {
        String hs = CustomsTotals.hsCodeOf(data, line);
        List<Object> description = List.of(line.description());
        if (hs.isEmpty() || !HsCode.isValid(hs)) {
            add(Severity.BLOCK, where, "customs.problem.noHsCode", description, "customs.fix.noHsCode");
        }
        if (line.value() == null) {
            add(Severity.BLOCK, where, "customs.problem.noValue", description, "customs.fix.noValue");
        } else if (line.value().signum() == 0) {
            add(Severity.BLOCK, where, "customs.problem.zeroValue", description, "customs.fix.zeroValue");
        }
        if (line.netKg() == null) {
            add(Severity.BLOCK, where, "customs.problem.noNetWeight", description, "customs.fix.noNetWeight");
        }
        Category category = data.category(line.categoryId()).orElse(null);
        if (category != null && category.has(HandlingFlag.NEEDS_TEST) && line.condition().isUsed()) {
            ItemTest test = line.itemId() == null ? null : data.itemTests().get(line.itemId());
            if (test == null || test.testRecord() == null) {
                add(Severity.WARN, where, "customs.problem.noTestRecord", description, "customs.fix.noTestRecord");
            } else if (test.testRecord().result() == TestResult.NOT_WORKING) {
                add(Severity.BLOCK, where, "customs.problem.failedTest", description, "customs.fix.failedTest");
            }
        }
    }

    private void destinationRules() {
        for (DestinationRule rule : data.rules()) {
            Set<Message> hits = new LinkedHashSet<>();
            for (PackageContents contents : data.packages()) {
                for (ContentLine line : contents.lines()) {
                    boolean category = rule.categoryId() == null || rule.categoryId() == line.categoryId();
                    if (category && (!rule.usedOnly() || line.condition().isUsed())) {
                        hits.add(Message.of("customs.where.packageLine", contents.pkg().number(), line.lineNo()));
                    }
                }
            }
            if (hits.isEmpty()) {
                continue;
            }
            // information-only rules are shown as warnings before printing, so the coordinator sees them once more
            Severity severity = rule.severity() == Severity.BLOCK ? Severity.BLOCK : Severity.WARN;
            // the rule's text is the organisation's own, shown as written; it is asked to name the forwarder
            String ruleKey = rule.message().toLowerCase(java.util.Locale.ROOT).contains("forwarder")
                    ? "customs.problem.rule" : "customs.problem.ruleConfirm";
            add(severity, Message.of(hits.size() == 1 ? "customs.where.package" : "customs.where.packages",
                    named(hits)), ruleKey, List.of(rule.message()),
                    severity == Severity.BLOCK ? "customs.fix.ruleBlocks" : "customs.fix.ruleWarns");
        }
    }

    /** The first few, then "and 3 more": {@code common.list} and {@code common.list.andMore} join them. */
    private static Object named(Collection<?> hits) {
        List<?> list = new ArrayList<>(hits);
        Object joined = list.get(0);
        for (int i = 1; i < Math.min(list.size(), NAMED_PACKAGES); i++) {
            joined = Message.of("common.list", joined, list.get(i));
        }
        return list.size() <= NAMED_PACKAGES ? joined
                : Message.of("common.list.andMore", joined, list.size() - NAMED_PACKAGES);
    }

    /** The container list is what was scanned in; the documents must describe exactly those packages. */
    private void containerList() {
        if (data.loadedPackageIds().isEmpty()) {
            return;
        }
        Set<Long> loaded = new HashSet<>(data.loadedPackageIds());
        Set<Long> inShipment = new HashSet<>();
        List<String> notLoaded = new ArrayList<>();
        for (PackageContents contents : data.packages()) {
            Package pkg = contents.pkg();
            inShipment.add(pkg.id());
            if (totals.of(pkg).standsAlone() && !loaded.contains(pkg.id())) {
                notLoaded.add(pkg.number());
            }
        }
        boolean loadingDone = data.shipment().status().isLocked();
        if (!notLoaded.isEmpty()) {
            add(loadingDone ? Severity.BLOCK : Severity.WARN, Message.of(notLoaded.size() == 1
                            ? "customs.where.package" : "customs.where.packages", named(notLoaded)),
                    "customs.problem.notLoaded", List.of(notLoaded.size()), "customs.fix.notLoaded");
        }
        long foreign = loaded.stream().filter(id -> !inShipment.contains(id)).count();
        if (foreign > 0) {
            add(Severity.BLOCK, Message.of("customs.where.shipment", data.shipment().reference()),
                    "customs.problem.foreignLoads", List.of(foreign), "customs.fix.foreignLoads");
        }
    }

    /** The HS summary must add up to the packing list and invoice totals. */
    private void totalsAgree() {
        BigDecimal gross = BigDecimal.ZERO;
        BigDecimal net = BigDecimal.ZERO;
        BigDecimal value = BigDecimal.ZERO;
        for (CustomsTotals.HsLine line : totals.hsLines()) {
            gross = gross.add(line.grossKg());
            net = net.add(line.netKg());
            value = value.add(line.value());
        }
        Message where = Message.of("customs.where.shipment", data.shipment().reference());
        if (gross.compareTo(totals.grossKg()) != 0) {
            add(Severity.BLOCK, where, "customs.problem.hsGrossDiffers", List.of(gross, totals.grossKg()),
                    "customs.fix.hsGrossDiffers");
        }
        if (net.compareTo(totals.netKg()) != 0 || value.compareTo(totals.value()) != 0) {
            add(Severity.BLOCK, where, "customs.problem.hsTotalsDiffer", "customs.fix.hsTotalsDiffer");
        }
    }

    private void phrases() {
        if (language == Language.EN) {
            return;
        }
        List<String> missing = NEEDED_PHRASES.stream().filter(key -> !data.phrases().has(key, language)).toList();
        if (!missing.isEmpty()) {
            add(Severity.WARN, Message.of("customs.where.phrases"), "customs.problem.phrasesMissing",
                    List.of(language.nativeName(), String.join(", ", missing)), "customs.fix.phrasesMissing");
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
