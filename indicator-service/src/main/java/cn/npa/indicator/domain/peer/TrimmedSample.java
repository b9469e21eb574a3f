package cn.npa.indicator.domain.peer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A peer sample with its extremes removed, as the UBPR trims its peer statistics: sorted ascending
 * ({@link Observation#ASCENDING}), then floor(n × 5 / 100) observations dropped from each end. So nothing is trimmed
 * below 20 observations, 1 from each end for 20–39, 2 for 40–59, and so on.
 */
public record TrimmedSample(List<Observation> kept, List<Observation> trimmedLow, List<Observation> trimmedHigh) {

    public TrimmedSample {
        kept = List.copyOf(kept);
        trimmedLow = List.copyOf(trimmedLow);
        trimmedHigh = List.copyOf(trimmedHigh);
    }

    /** How many observations are trimmed from each end of a sample of n. */
    public static int trimmedPerEnd(int n) {
        return n * 5 / 100;
    }

    public static TrimmedSample of(List<Observation> observations) {
        BigDecimal[] values = new BigDecimal[observations.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = observations.get(i).value();
        }
        // The order of Observation.ASCENDING (value, then unit code), computed without slow mixed-scale comparisons.
        int[] order = ExactOrder.ascending(values, (a, b) -> observations.get(a).unitCode().compareTo(observations.get(b).unitCode()), null);
        List<Observation> sorted = new ArrayList<>(values.length);
        for (int i : order) {
            sorted.add(observations.get(i));
        }
        int n = sorted.size();
        int k = trimmedPerEnd(n);
        return new TrimmedSample(sorted.subList(k, n - k), sorted.subList(0, k), sorted.subList(n - k, n));
    }

    public List<String> keptUnits() {
        return kept.stream().map(Observation::unitCode).toList();
    }

    public List<String> trimmedUnits() {
        List<String> units = new ArrayList<>();
        trimmedLow.forEach(o -> units.add(o.unitCode()));
        trimmedHigh.forEach(o -> units.add(o.unitCode()));
        return units;
    }
}
