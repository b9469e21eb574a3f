package cn.npa.indicator.domain.peer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Hyndman–Fan type 7 (R's default, Excel {@code PERCENTILE.INC}): with n sorted values x[0..n-1], h = (n − 1)·p,
 * j = floor(h), Q(p) = x[j] + (h − j)·(x[j+1] − x[j]). The median of an even sample is the mean of the middle two.
 * Exact: h is a product of exact decimals, so no rounding happens.
 */
public final class LinearInterpolationQuantileMethod extends QuantileMethod {

    @Override
    public String name() {
        return "LINEAR_INTERPOLATION_HF7";
    }

    @Override
    protected QuantileResult compute(List<Observation> sorted, BigDecimal level) {
        BigDecimal h = level.multiply(BigDecimal.valueOf(sorted.size() - 1L));
        int j = h.setScale(0, RoundingMode.FLOOR).intValueExact();
        BigDecimal fraction = h.subtract(BigDecimal.valueOf(j));
        Observation lower = sorted.get(j);
        if (fraction.signum() == 0) {
            return new QuantileResult(name(), level, lower.value(), List.of(lower.unitCode()), List.of(BigDecimal.ONE));
        }
        Observation upper = sorted.get(j + 1);
        BigDecimal value = lower.value().add(fraction.multiply(upper.value().subtract(lower.value())));
        return new QuantileResult(name(), level, value, List.of(lower.unitCode(), upper.unitCode()),
                List.of(BigDecimal.ONE.subtract(fraction), fraction));
    }
}
