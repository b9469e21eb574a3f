package cn.npa.indicator.domain.assessment;

import cn.npa.indicator.domain.figures.AssetClass;
import cn.npa.indicator.domain.figures.Basis;
import cn.npa.indicator.domain.indicator.FormulaId;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an assessment run computed: the peer statistics of every universe and column, the ranks of every ranked unit
 * ({@code ranks.get(basis)[rankColumn.ordinal()][nodeIndex]}, 0 = not ranked), the key lists of every regulator in the
 * run's scope, and the fingerprint of every value computed on the way.
 *
 * @param scope       indices (into the population's nodes) of the nodes assessed, ascending
 * @param classes     the asset classes some assessed unit carries at t (a monthly period: loans only)
 * @param valueCount  indicator values computed (both bases)
 */
public record AssessmentResult(String regulatorCode, List<Integer> scope, Set<FormulaId> formulas, Set<AssetClass> classes,
                               List<PeerSummary> peerStatistics, Map<Basis, int[][]> ranks, Map<String, KeyList> keyLists,
                               long fingerprint, long valueCount) {

    /** The rank of node i on a ranking, 0 when not ranked. */
    public int rank(Basis basis, RankColumn column, int node) {
        return ranks.get(basis)[column.ordinal()][node];
    }
}
