package cn.npa.indicator.domain.peer;

import cn.npa.indicator.domain.indicator.IndicatorValue;
import cn.npa.indicator.domain.indicator.UndefinedReason;
import java.math.BigDecimal;

/**
 * A unit's place in its peer group on one indicator: rank 1 is best; percentile 100 is best and 0 worst.
 * A unit whose value is undefined is not ranked: rank and percentile are null and {@code reason} says why.
 *
 * @param rankedCount how many members had a defined value and were ranked
 */
public record UnitRank(String unitCode, IndicatorValue value, Integer rank, int rankedCount, BigDecimal percentile,
                       UndefinedReason reason) {

    public boolean isRanked() {
        return rank != null;
    }
}
