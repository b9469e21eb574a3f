package cn.npa.indicator.domain.peer;

import cn.npa.indicator.domain.figures.AssetClass;
import cn.npa.indicator.domain.figures.ComparisonBase;
import cn.npa.indicator.domain.figures.PeerGroup;
import cn.npa.indicator.domain.figures.UnitHistory;
import cn.npa.indicator.domain.indicator.Decimals;
import cn.npa.indicator.domain.indicator.FormulaId;
import cn.npa.indicator.domain.indicator.IndicatorValue;
import cn.npa.indicator.domain.indicator.Indicators;
import cn.npa.indicator.domain.indicator.UndefinedReason;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes the progress degree of every member of a peer group on the loan indicators I1, I2, I4 (against the chosen
 * base) and I7. An indicator a unit lacks drops out of its composite and the remaining weights are renormalised to
 * sum to 1, so a unit is neither rewarded nor punished for a missing history.
 */
public final class ProgressDegrees {

    private ProgressDegrees() {
    }

    public static List<ProgressDegree> of(PeerGroup group, ComparisonBase base, List<UnitHistory> units, ProgressWeights weights) {
        List<UnitHistory> members = units.stream().filter(u -> u.peerGroup() == group).toList();
        Map<FormulaId, List<UnitRank>> ranksByFormula = new EnumMap<>(FormulaId.class);
        for (FormulaId f : ProgressWeights.INDICATORS) {
            Map<String, IndicatorValue> values = new LinkedHashMap<>();
            members.forEach(u -> values.put(u.unitCode(), Indicators.compute(f, AssetClass.LOAN, base, u, null)));
            ranksByFormula.put(f, PeerRanking.rank(f, values));
        }
        List<ProgressDegree> degrees = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            List<UnitRank> ranks = new ArrayList<>();
            for (FormulaId f : ProgressWeights.INDICATORS) {
                ranks.add(ranksByFormula.get(f).get(i));
            }
            degrees.add(composite(members.get(i).unitCode(), group, base, ranks, weights));
        }
        return degrees;
    }

    /**
     * The composite of one unit from its ranks on I1, I2, I4 and I7 (in {@link ProgressWeights#INDICATORS} order): how a
     * run and a later read of one unit's stored ranks compute the same progress degree.
     */
    public static ProgressDegree composite(String unit, PeerGroup group, ComparisonBase base, List<UnitRank> ranks,
                                           ProgressWeights weights) {
        BigDecimal totalWeight = BigDecimal.ZERO;
        for (UnitRank r : ranks) {
            if (r.isRanked()) {
                totalWeight = totalWeight.add(weights.weight(r.value().formula()));
            }
        }
        if (totalWeight.signum() == 0) {
            return new ProgressDegree(unit, group, base, ranks, null, Map.of(), weights.regulatorCode(), UndefinedReason.NO_DEFINED_INPUT);
        }
        Map<FormulaId, BigDecimal> effective = new EnumMap<>(FormulaId.class);
        BigDecimal weightedSum = BigDecimal.ZERO;
        for (UnitRank r : ranks) {
            BigDecimal w = weights.weight(r.value().formula());
            if (r.isRanked() && w.signum() > 0) {
                effective.put(r.value().formula(), Decimals.divide(w, totalWeight));
                weightedSum = weightedSum.add(w.multiply(r.percentile()));
            }
        }
        // One division at the end keeps the composite exact up to the division context.
        return new ProgressDegree(unit, group, base, ranks, Decimals.divide(weightedSum, totalWeight), effective,
                weights.regulatorCode(), null);
    }
}
