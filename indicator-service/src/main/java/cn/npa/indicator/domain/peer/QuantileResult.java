package cn.npa.indicator.domain.peer;

import java.math.BigDecimal;
import java.util.List;

/**
 * A quantile and what it was computed from (after Strata's {@code QuantileResult}): the method, the level, the value,
 * and the units whose observations were combined with their weights (the weights sum to 1).
 */
public record QuantileResult(String method, BigDecimal level, BigDecimal value, List<String> unitsUsed, List<BigDecimal> weights) {

    public QuantileResult {
        unitsUsed = List.copyOf(unitsUsed);
        weights = List.copyOf(weights);
    }
}
