package org.shipshape.logic.customs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import org.shipshape.model.shipments.ContainerNumber;
import java.util.Set;
import org.shipshape.model.common.Language;
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

    private void add(Severity severity, String where, String problem, String fix) {
        problems.add(new PackProblem(severity, where, problem, fix));
    }

    /** Blocking for a final pack, a warning on a draft. */
    private Severity finalOnly() {
        return finalPack ? Severity.BLOCK : Severity.WARN;
    }

    private void shipment() {
        Shipment s = data.shipment();
        String where = "shipment " + s.reference();
        if (data.packages().isEmpty()) {
            add(Severity.BLOCK, where, "The shipment has no packages.",
                    "Pack goods for it on the packing screen first.");
        }
        if (s.containerNumber() == null || s.containerNumber().isBlank()) {
            add(finalOnly(), where, "The container number is missing.",
                    "Enter the number from the container doors on the shipment screen.");
        } else {
            ContainerNumber.problem(s.containerNumber()).ifPresent(problem -> add(finalOnly(), where,
                    "The container number is not valid: " + problem + (problem.endsWith(".") ? "" : "."),
                    "Correct the container number on the shipment screen."));
        }
        if (finalPack && (s.sealNumber() == null || s.sealNumber().isBlank())) {
            add(Severity.BLOCK, where, "The seal number is missing.",
                    "Enter the seal number when the container is sealed, or print a draft pack until then.");
        }
        if (data.containerType() == null) {
            add(Severity.WARN, where, "The shipment has no container type, so its payload is not checked.",
                    "Choose the container type (20GP, 40GP, 40HC) on the shipment screen.");
        } else if (totals.grossKg().compareTo(data.containerType().maxPayloadKg()) > 0) {
            add(Severity.BLOCK, where, "The gross weight " + CustomsFormat.kg(totals.grossKg())
                            + " kg is more than the " + data.containerType().code() + " payload of "
                            + CustomsFormat.kg(data.containerType().maxPayloadKg()) + " kg.",
                    "Take packages off the shipment until the gross weight is below the payload.");
        }
        if (blank(s.portOfDischarge())) {
            add(Severity.WARN, where, "The port of discharge is missing.",
                    "Enter it on the shipment screen.");
        }
        if (blank(s.incoterm())) {
            add(Severity.WARN, where, "The Incoterm is missing.",
                    "Enter the Incoterm and named place agreed with the forwarder (such as CIF Dakar).");
        }
        if (blank(data.organisation().name())) {
            add(Severity.BLOCK, where, "The organisation (shipper) has no name.",
                    "Enter the organisation's name and address in the settings.");
        } else if (finalPack && blank(data.organisation().address())) {
            add(Severity.BLOCK, where, "The organisation (shipper) has no address.",
                    "Enter the organisation's address in the settings.");
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
            String where = "package " + pkg.number();
            boolean alone = pkg.parentId() == null || !inShipment.contains(pkg.parentId());
            if (alone && pkg.grossKg() == null) {
                add(Severity.BLOCK, where, "The package has no gross weight.",
                        "Weigh it and enter the weight on the packing screen.");
            }
            if (alone && pkg.dimensions() == null) {
                add(Severity.WARN, where, "The package has no dimensions, so the volume is incomplete.",
                        "Measure it (or choose a standard box size) on the packing screen.");
            }
            if (contents.lines().isEmpty() && !carryingOthers.contains(pkg.id())) {
                add(Severity.BLOCK, where, "The package has no content lines.",
                        "Record what is inside on the packing screen, or take the package off the shipment.");
            }
            BigDecimal net = totals.of(pkg).netKg();
            if (pkg.grossKg() != null && net.compareTo(pkg.grossKg()) > 0) {
                add(Severity.BLOCK, where, "The net weight of its lines (" + CustomsFormat.kg(net)
                                + " kg) is more than its gross weight (" + CustomsFormat.kg(pkg.grossKg()) + " kg).",
                        "Weigh the package again or correct the net weights of its lines.");
            }
            for (ContentLine line : contents.lines()) {
                line(where + ", line " + line.lineNo(), line);
            }
        }
    }

    private void line(String where, ContentLine line) {
        String hs = CustomsTotals.hsCodeOf(data, line);
        if (hs.isEmpty() || !HsCode.isValid(hs)) {
            add(Severity.BLOCK, where, "\"" + line.description() + "\" has no HS code.",
                    "Give the line or its category a 6-digit HS code such as 6309.00.");
        }
        if (line.value() == null) {
            add(Severity.BLOCK, where, "\"" + line.description() + "\" has no value.",
                    "Enter its value for customs purposes; a donation still has a customs value.");
        } else if (line.value().signum() == 0) {
            add(Severity.BLOCK, where, "\"" + line.description() + "\" has a value of zero.",
                    "Enter a realistic value: customs never accepts zero, even for a donation.");
        }
        if (line.netKg() == null) {
            add(Severity.BLOCK, where, "\"" + line.description() + "\" has no net weight.",
                    "Enter the net weight of the goods on the packing screen.");
        }
        Category category = data.category(line.categoryId()).orElse(null);
        if (category != null && category.has(HandlingFlag.NEEDS_TEST) && line.condition().isUsed()) {
            ItemTest test = line.itemId() == null ? null : data.itemTests().get(line.itemId());
            if (test == null || test.testRecord() == null) {
                add(Severity.WARN, where, "Used electrical goods \"" + line.description()
                                + "\" have no test record.",
                        "Test the item and record the result at intake; untested used electronics are often"
                                + " refused as waste.");
            } else if (test.testRecord().result() == TestResult.NOT_WORKING) {
                add(Severity.BLOCK, where, "\"" + line.description() + "\" failed its test (not working);"
                                + " broken electrical goods count as waste.",
                        "Take the item out of the package, or repair it and record a new test.");
            }
        }
    }

    private void destinationRules() {
        for (DestinationRule rule : data.rules()) {
            Set<String> hits = new LinkedHashSet<>();
            for (PackageContents contents : data.packages()) {
                for (ContentLine line : contents.lines()) {
                    if (rule.appliesTo(line.categoryId(), CustomsTotals.hsCodeOf(data, line), line.condition())) {
                        hits.add(contents.pkg().number() + " line " + line.lineNo());
                    }
                }
            }
            if (hits.isEmpty()) {
                continue;
            }
            // information-only rules are shown as warnings before printing, so the coordinator sees them once more
            Severity severity = rule.severity() == Severity.BLOCK ? Severity.BLOCK : Severity.WARN;
            String message = rule.message().toLowerCase(java.util.Locale.ROOT).contains("forwarder")
                    ? rule.message() : rule.message() + " Confirm with your forwarder.";
            add(severity, "package " + named(hits), message,
                    severity == Severity.BLOCK
                            ? "Take these goods off the shipment, or change the rule once the forwarder confirms"
                                    + " they are allowed."
                            : "Check with the forwarder before the container leaves.");
        }
    }

    private static String named(Set<String> hits) {
        List<String> list = new ArrayList<>(hits);
        if (list.size() <= NAMED_PACKAGES) {
            return String.join(", ", list);
        }
        return String.join(", ", list.subList(0, NAMED_PACKAGES)) + " and " + (list.size() - NAMED_PACKAGES)
                + " more";
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
            add(loadingDone ? Severity.BLOCK : Severity.WARN,
                    "package " + named(new LinkedHashSet<>(notLoaded)),
                    notLoaded.size() + " package(s) of the shipment are not on the container list, so the documents"
                            + " would show more packages than were loaded.",
                    "Scan them in on the loading screen, or take them off the shipment.");
        }
        long foreign = loaded.stream().filter(id -> !inShipment.contains(id)).count();
        if (foreign > 0) {
            add(Severity.BLOCK, "shipment " + data.shipment().reference(), foreign
                            + " loaded package(s) belong to no package of this shipment, so the container list and"
                            + " the documents differ.",
                    "Unload them on the loading screen or add them to this shipment.");
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
        String where = "shipment " + data.shipment().reference();
        if (gross.compareTo(totals.grossKg()) != 0) {
            add(Severity.BLOCK, where, "The HS summary would show " + CustomsFormat.kg(gross)
                            + " kg gross but the packing list " + CustomsFormat.kg(totals.grossKg())
                            + " kg (a package without content lines has weight but no HS code).",
                    "Record the contents of every package, or take empty packages off the shipment.");
        }
        if (net.compareTo(totals.netKg()) != 0 || value.compareTo(totals.value()) != 0) {
            add(Severity.BLOCK, where, "The HS summary and the invoice totals differ.",
                    "Report this to the developers; the documents would not agree.");
        }
    }

    private void phrases() {
        if (language == Language.EN) {
            return;
        }
        List<String> missing = NEEDED_PHRASES.stream().filter(key -> !data.phrases().has(key, language)).toList();
        if (!missing.isEmpty()) {
            add(Severity.WARN, "phrases", "The " + language.nativeName() + " text is missing for "
                            + String.join(", ", missing) + "; English is printed there instead.",
                    "Add the translations to the phrase table (confirm the wording with a native speaker).");
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
