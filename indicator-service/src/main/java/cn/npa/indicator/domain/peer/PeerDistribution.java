package cn.npa.indicator.domain.peer;

import cn.npa.indicator.domain.indicator.FormulaId;
import cn.npa.indicator.domain.indicator.IndicatorValue;
import cn.npa.indicator.domain.indicator.UndefinedReason;
import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The distribution of one indicator over a peer group, computed once and read twice: the peer statistics of
 * {@link PeerStatistics} (median and percentiles of the UBPR-trimmed sample, warnings) without its long unit lists, and
 * the competition ranks of {@link PeerRanking}, both from one exact sort. An assessment run uses it for national peer
 * groups of 100,000 units; {@code PeerDistributionTest} holds it to the same numbers as the two classes it condenses.
 *
 * @param trimmedUnits the units trimmed (low end ascending, then high end), listed only when at most {@code listed}
 * @param withoutValue members without a value, counted by reason
 * @param ranks        each member's rank (1 = best), 0 when its value is undefined
 */
public record PeerDistribution(int memberCount, int observationCount, int trimmedPerEnd, List<String> trimmedUnits,
                               QuantileResult median, List<QuantileResult> percentiles, Set<PeerWarning> warnings,
                               Map<UndefinedReason, Integer> withoutValue, int[] ranks) {

    public static PeerDistribution of(FormulaId f, List<String> members, List<IndicatorValue> values, QuantileMethod method,
                                      List<BigDecimal> levels, int listed) {
        int size = members.size();
        int[] position = new int[size];
        int defined = 0;
        Map<UndefinedReason, Integer> without = new EnumMap<>(UndefinedReason.class);
        for (int i = 0; i < size; i++) {
            IndicatorValue v = values.get(i);
            if (v.isDefined()) {
                position[defined++] = i;
            } else {
                without.merge(v.reason(), 1, Integer::sum);
            }
        }
        int m = defined;
        BigDecimal[] sample = new BigDecimal[m];
        for (int k = 0; k < m; k++) {
            sample[k] = values.get(position[k]).value();
        }
        int[] pos = position;
        boolean[] tied = new boolean[m];
        // Observation.ASCENDING: by value, equal values by unit code.
        int[] order = ExactOrder.ascending(sample, (a, b) -> members.get(pos[a]).compareTo(members.get(pos[b])), tied);
        int k = TrimmedSample.trimmedPerEnd(m);
        List<Observation> kept = new AbstractList<>() {
            @Override
            public Observation get(int i) {
                int at = order[k + i];
                return new Observation(members.get(pos[at]), sample[at]);
            }

            @Override
            public int size() {
                return m - 2 * k;
            }
        };
        QuantileResult median = null;
        List<QuantileResult> percentiles = new ArrayList<>();
        if (!kept.isEmpty()) {
            median = method.quantile(kept, new BigDecimal("0.5"));
            for (BigDecimal level : levels) {
                percentiles.add(method.quantile(kept, level));
            }
        }
        List<String> trimmed = new ArrayList<>();
        if (2 * k <= listed) {
            for (int i = 0; i < k; i++) {
                trimmed.add(members.get(pos[order[i]]));
            }
            for (int i = m - k; i < m; i++) {
                trimmed.add(members.get(pos[order[i]]));
            }
        }
        Set<PeerWarning> warnings = EnumSet.noneOf(PeerWarning.class);
        if (size < PeerStatistics.MIN_MEMBERS) {
            warnings.add(PeerWarning.FEWER_THAN_10_MEMBERS);
        }
        if (m < PeerStatistics.MIN_MEMBERS) {
            warnings.add(PeerWarning.FEWER_THAN_10_OBSERVATIONS);
        }
        return new PeerDistribution(size, m, k, List.copyOf(trimmed), median, List.copyOf(percentiles), Set.copyOf(warnings),
                Map.copyOf(without), PeerRanking.fromOrder(f, size, pos, order, tied));
    }
}
