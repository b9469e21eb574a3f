package cn.npa.indicator.domain.peer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Nearest rank (Hyndman–Fan type 1): Q(p) = x[ceil(n·p) − 1], and x[0] for p = 0. Always an observed value, which some
 * analysts prefer for publication because the quantile is then one identifiable unit's figure.
 */
public final class NearestRankQuantileMethod extends QuantileMethod {

    @Override
    public String name() {
        return "NEAREST_RANK_HF1";
    }

    @Override
    protected QuantileResult compute(List<Observation> sorted, BigDecimal level) {
        int rank = level.multiply(BigDecimal.valueOf(sorted.size())).setScale(0, RoundingMode.CEILING).intValueExact();
        Observation o = sorted.get(Math.max(rank, 1) - 1);
        return new QuantileResult(name(), level, o.value(), List.of(o.unitCode()), List.of(BigDecimal.ONE));
    }
}
