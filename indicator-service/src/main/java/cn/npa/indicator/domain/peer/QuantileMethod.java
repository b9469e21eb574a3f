package cn.npa.indicator.domain.peer;

import java.math.BigDecimal;
import java.util.List;

/**
 * A way of reading a quantile off a sorted sample, named so that the method in use is a choice one can state and
 * swap (after Strata's {@code QuantileCalculationMethod}). Exact decimals throughout: no method here divides.
 */
public abstract class QuantileMethod {

    /** The default of this project: linear interpolation between order statistics (Hyndman–Fan type 7). */
    public static final QuantileMethod DEFAULT = new LinearInterpolationQuantileMethod();

    /** The quantile at {@code level} (0..1) of observations sorted ascending; the sample must not be empty. */
    public final QuantileResult quantile(List<Observation> sortedAscending, BigDecimal level) {
        if (sortedAscending.isEmpty()) {
            throw new IllegalArgumentException("no observations");
        }
        if (level.signum() < 0 || level.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("quantile level outside [0, 1]: " + level);
        }
        return compute(sortedAscending, level);
    }

    /** A short stable name, stored with every statistic. */
    public abstract String name();

    protected abstract QuantileResult compute(List<Observation> sorted, BigDecimal level);

    @Override
    public String toString() {
        return name();
    }
}
