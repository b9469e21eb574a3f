package cn.npa.indicator.domain.peer;

import cn.npa.indicator.domain.indicator.FormulaId;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A regulator's weights of I1, I2, I4 and I7 in the progress-degree composite (Art. 12, 14); default equal.
 * Weights are relative (1, 1, 2, 0 is fine): the composite divides by the sum of the weights it uses.
 */
public record ProgressWeights(String regulatorCode, Map<FormulaId, BigDecimal> weights) {

    /** The indicators the progress degree ranks on (domain §6). */
    public static final List<FormulaId> INDICATORS = List.of(FormulaId.I1, FormulaId.I2, FormulaId.I4, FormulaId.I7);

    public ProgressWeights {
        Objects.requireNonNull(regulatorCode, "regulatorCode");
        Map<FormulaId, BigDecimal> copy = new EnumMap<>(FormulaId.class);
        for (FormulaId f : INDICATORS) {
            BigDecimal w = weights.getOrDefault(f, BigDecimal.ZERO);
            if (w.signum() < 0) {
                throw new IllegalArgumentException("negative weight for " + f.id() + ": " + w);
            }
            copy.put(f, w);
        }
        if (!INDICATORS.containsAll(weights.keySet())) {
            throw new IllegalArgumentException("weights only for " + INDICATORS + ", got " + weights.keySet());
        }
        if (copy.values().stream().allMatch(w -> w.signum() == 0)) {
            throw new IllegalArgumentException("all weights are zero");
        }
        weights = Map.copyOf(copy);
    }

    /** Equal weights, the default of domain §6. */
    public static ProgressWeights equal(String regulatorCode) {
        Map<FormulaId, BigDecimal> w = new EnumMap<>(FormulaId.class);
        INDICATORS.forEach(f -> w.put(f, BigDecimal.ONE));
        return new ProgressWeights(regulatorCode, w);
    }

    public BigDecimal weight(FormulaId f) {
        return weights.get(f);
    }
}
