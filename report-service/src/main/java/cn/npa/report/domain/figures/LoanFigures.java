package cn.npa.report.domain.figures;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The loan section's amounts (Art. 8): grades, movements, and the breakdowns by industry (GB/T 4754 letter), region
 * (GB/T 2260 code), vintage (origination year), cause and client (credit code). Maps are sorted by key so that two
 * equal figures print and compare alike. An empty {@code byRegion} means the filer gave no regional breakdown.
 */
public record LoanFigures(Grades grades, NplMovements movements, Map<String, TotalAndNpl> byIndustry,
                          Map<String, TotalAndNpl> byRegion, Map<Integer, TotalAndNpl> vintages,
                          Map<NplCause, BigDecimal> causes, Map<String, ClientExposure> clients) {

    public LoanFigures {
        Objects.requireNonNull(grades, "grades");
        Objects.requireNonNull(movements, "movements");
        byIndustry = sorted(byIndustry);
        byRegion = sorted(byRegion);
        vintages = sorted(vintages);
        causes = causes == null || causes.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new EnumMap<>(causes));
        clients = sorted(clients);
    }

    /** Total loans: the sum of the five grades. */
    public BigDecimal total() {
        return grades.total();
    }

    public BigDecimal npl() {
        return grades.npl();
    }

    /** NPL / total loans from the (summed) grades; {@code null} when there are no loans. */
    public BigDecimal nplRatio() {
        return Money.ratio(npl(), total());
    }

    /** The same figures with a regional breakdown that puts everything in one region (see docs/rollups.md). */
    public LoanFigures withRegionIfMissing(String regionCode) {
        if (!byRegion.isEmpty() || regionCode == null) {
            return this;
        }
        return new LoanFigures(grades, movements, byIndustry, Map.of(regionCode, new TotalAndNpl(total(), npl())),
                vintages, causes, clients);
    }

    /** The class of the read-only sorted maps this record makes: only ever wrapping a private copy, so safe to share. */
    private static final Class<?> FROZEN = Collections.unmodifiableSortedMap(new TreeMap<>()).getClass();

    private static <K extends Comparable<K>, V> Map<K, V> sorted(Map<K, V> map) {
        if (map == null || map.isEmpty()) {
            return Collections.emptySortedMap();
        }
        // a map taken from another LoanFigures (withRegionIfMissing, a rollup reusing a filing) is shared, not copied again
        return FROZEN.isInstance(map) ? map : Collections.unmodifiableSortedMap(new TreeMap<>(map));
    }
}
