package org.shipshape.logic.customs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.shipshape.model.common.Decimals;
import org.shipshape.model.customs.CustomsData;
import org.shipshape.model.customs.PackageContents;
import org.shipshape.model.packing.ContentLine;
import org.shipshape.model.packing.Package;

/**
 * Every total of a shipment's documents, computed once so the packing list, invoice, certificate, HS summary,
 * door summary and container list cannot disagree. Money is exact; weights are summed in grams.
 *
 * <p>Packages standing in the container on their own (not on a pallet) are what is counted, weighed and
 * measured: a pallet's gross weight includes the packages on it. Each package's gross weight is shared out over
 * its HS codes in proportion to their net weight (largest remainder, in grams), so the HS summary adds up to the
 * same gross weight as the packing list.
 */
public final class CustomsTotals {
    /** Sums of one package: its own lines and, for a pallet, those of the packages on it. */
    public record PackageTotals(PackageContents contents, boolean standsAlone, BigDecimal netKg, BigDecimal value) {
    }

    /**
     * One line of the HS summary.
     *
     * @param categoryIds categories whose lines carry this code, in order of first appearance
     * @param quantities  summed quantity per unit ("pcs", "kg"), in order of first appearance
     * @param packages    packages standing alone that hold goods of this code
     */
    public record HsLine(String hsCode, List<Long> categoryIds, Map<String, BigDecimal> quantities, int packages,
                         BigDecimal netKg, BigDecimal grossKg, BigDecimal value) {
    }

    private final Map<Long, PackageTotals> byPackage;
    private final List<HsLine> hsLines;
    private final int packages;
    private final int lines;
    private final BigDecimal netKg;
    private final BigDecimal grossKg;
    private final BigDecimal volumeM3;
    private final BigDecimal value;

    private CustomsTotals(Map<Long, PackageTotals> byPackage, List<HsLine> hsLines, int packages, int lines,
                          BigDecimal netKg, BigDecimal grossKg, BigDecimal volumeM3, BigDecimal value) {
        this.byPackage = byPackage;
        this.hsLines = hsLines;
        this.packages = packages;
        this.lines = lines;
        this.netKg = netKg;
        this.grossKg = grossKg;
        this.volumeM3 = volumeM3;
        this.value = value;
    }

    public static CustomsTotals of(CustomsData data) {
        Map<Long, PackageContents> packagesById = new HashMap<>();
        for (PackageContents contents : data.packages()) {
            packagesById.put(contents.pkg().id(), contents);
        }
        // lines of each package standing alone: its own plus those of the packages on it
        Map<Long, List<ContentLine>> unitLines = new LinkedHashMap<>();
        Map<Long, PackageTotals> byPackage = new LinkedHashMap<>();
        long netGrams = 0;
        long grossGrams = 0;
        long valueMinor = 0;
        BigDecimal volume = BigDecimal.ZERO;
        int standing = 0;
        int lineCount = 0;
        for (PackageContents contents : data.packages()) {
            Package pkg = contents.pkg();
            boolean alone = pkg.parentId() == null || !packagesById.containsKey(pkg.parentId());
            long ownNet = 0;
            long ownValue = 0;
            for (ContentLine line : contents.lines()) {
                ownNet += grams(line.netKg());
                ownValue += minor(line.value());
            }
            lineCount += contents.lines().size();
            netGrams += ownNet;
            valueMinor += ownValue;
            byPackage.put(pkg.id(), new PackageTotals(contents, alone, Decimals.fromGrams(ownNet),
                    Decimals.fromMinorUnits(ownValue)));
            long unit = alone ? pkg.id() : pkg.parentId();
            unitLines.computeIfAbsent(unit, id -> new ArrayList<>()).addAll(contents.lines());
            if (alone) {
                standing++;
                grossGrams += grams(pkg.grossKg());
                if (pkg.dimensions() != null) {
                    volume = volume.add(pkg.dimensions().volumeM3());
                }
            }
        }
        List<HsLine> hs = hsLines(data, packagesById, unitLines);
        return new CustomsTotals(Collections.unmodifiableMap(byPackage), hs, standing, lineCount,
                Decimals.fromGrams(netGrams), Decimals.fromGrams(grossGrams), volume, Decimals.fromMinorUnits(valueMinor));
    }

    private static final class HsSum {
        final Set<Long> categories = new LinkedHashSet<>();
        final Map<String, BigDecimal> quantities = new LinkedHashMap<>();
        int packages;
        long net;
        long gross;
        long value;
    }

    private static List<HsLine> hsLines(CustomsData data, Map<Long, PackageContents> packagesById,
                                        Map<Long, List<ContentLine>> unitLines) {
        Map<String, HsSum> sums = new TreeMap<>();
        for (Map.Entry<Long, List<ContentLine>> unit : unitLines.entrySet()) {
            List<ContentLine> lines = unit.getValue();
            long[] grossShares = shareGross(grams(packagesById.get(unit.getKey()).pkg().grossKg()), lines);
            Set<String> codesInUnit = new LinkedHashSet<>();
            for (int i = 0; i < lines.size(); i++) {
                ContentLine line = lines.get(i);
                String code = hsCodeOf(data, line);
                HsSum sum = sums.computeIfAbsent(code, c -> new HsSum());
                sum.categories.add(line.categoryId());
                sum.quantities.merge(line.unit(), line.quantity(), BigDecimal::add);
                sum.net += grams(line.netKg());
                sum.gross += grossShares[i];
                sum.value += minor(line.value());
                codesInUnit.add(code);
            }
            codesInUnit.forEach(code -> sums.get(code).packages++);
        }
        List<HsLine> result = new ArrayList<>(sums.size());
        sums.forEach((code, sum) -> result.add(new HsLine(code, List.copyOf(sum.categories),
                Collections.unmodifiableMap(sum.quantities), sum.packages, Decimals.fromGrams(sum.net),
                Decimals.fromGrams(sum.gross), Decimals.fromMinorUnits(sum.value))));
        return List.copyOf(result);
    }

    /** The line's HS code, else its category's, else "" (a problem the check reports). */
    static String hsCodeOf(CustomsData data, ContentLine line) {
        if (line.hsCode() != null && !line.hsCode().isBlank()) {
            return line.hsCode();
        }
        return data.category(line.categoryId()).map(c -> c.hsCode() == null ? "" : c.hsCode().value()).orElse("");
    }

    /**
     * Shares a package's gross weight over its lines by net weight (equally when no line has a net weight), by
     * largest remainder so the shares add up to the gross weight exactly.
     */
    static long[] shareGross(long grossGrams, List<ContentLine> lines) {
        long[] shares = new long[lines.size()];
        if (lines.isEmpty() || grossGrams == 0) {
            return shares;
        }
        long[] weights = new long[lines.size()];
        long totalWeight = 0;
        for (int i = 0; i < lines.size(); i++) {
            weights[i] = grams(lines.get(i).netKg());
            totalWeight += weights[i];
        }
        if (totalWeight == 0) {
            java.util.Arrays.fill(weights, 1);
            totalWeight = lines.size();
        }
        long given = 0;
        long[] remainders = new long[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            long exact;
            try {
                exact = Math.multiplyExact(grossGrams, weights[i]);
            } catch (ArithmeticException beyondLong) {
                BigInteger[] division = BigInteger.valueOf(grossGrams).multiply(BigInteger.valueOf(weights[i]))
                        .divideAndRemainder(BigInteger.valueOf(totalWeight));
                shares[i] = division[0].longValueExact();
                remainders[i] = division[1].longValueExact();
                given += shares[i];
                continue;
            }
            // whole numbers: a 12,000-line pack did this in BigDecimal for a tenth of its start
            shares[i] = exact / totalWeight;
            remainders[i] = exact % totalWeight;
            given += shares[i];
        }
        long left = grossGrams - given;
        while (left > 0) {
            int best = 0;
            for (int i = 1; i < remainders.length; i++) {
                if (remainders[i] > remainders[best]) {
                    best = i;
                }
            }
            shares[best]++;
            remainders[best] = -1;
            left--;
        }
        return shares;
    }

    private static long grams(BigDecimal kg) {
        return kg == null ? 0 : Decimals.toGrams(kg);
    }

    private static long minor(BigDecimal money) {
        return money == null ? 0 : Decimals.toMinorUnits(money);
    }

    public PackageTotals of(Package pkg) {
        return byPackage.get(pkg.id());
    }

    public List<HsLine> hsLines() {
        return hsLines;
    }

    /** Packages standing in the container on their own (what the bill of lading counts). */
    public int packages() {
        return packages;
    }

    public int lines() {
        return lines;
    }

    public BigDecimal netKg() {
        return netKg;
    }

    public BigDecimal grossKg() {
        return grossKg;
    }

    public BigDecimal volumeM3() {
        return volumeM3;
    }

    public BigDecimal value() {
        return value;
    }
}
