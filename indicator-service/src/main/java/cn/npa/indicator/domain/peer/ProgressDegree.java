package cn.npa.indicator.domain.peer;

import cn.npa.indicator.domain.figures.ComparisonBase;
import cn.npa.indicator.domain.figures.PeerGroup;
import cn.npa.indicator.domain.indicator.UndefinedReason;
import cn.npa.indicator.domain.indicator.FormulaId;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A unit's progress degree (进步度): its ranks on I1, I2, I4 and I7 within its peer group and the composite, the
 * weighted mean of its defined percentiles (0..100, higher is better), with the weights actually applied after
 * renormalisation over the defined percentiles.
 *
 * @param composite        null when no weighted indicator is defined; {@code reason} then says so
 * @param effectiveWeights the weights used, summing to 1; an undefined indicator has none
 */
public record ProgressDegree(String unitCode, PeerGroup group, ComparisonBase base, List<UnitRank> ranks,
                             BigDecimal composite, Map<FormulaId, BigDecimal> effectiveWeights, String regulatorCode,
                             UndefinedReason reason) {

    public ProgressDegree {
        ranks = List.copyOf(ranks);
        effectiveWeights = Map.copyOf(effectiveWeights);
    }
}
