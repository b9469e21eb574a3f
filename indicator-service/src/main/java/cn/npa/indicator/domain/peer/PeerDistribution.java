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
        return of(f, members, values, method, levels, listed, MemberOrder.sort(members, values));
    }

    /** The distribution read from the members' order already made (it must be that of {@code values}). */
    public static PeerDistribution of(FormulaId f, List<String> members, List<IndicatorValue> values, QuantileMethod method,
                                      List<BigDecimal> levels, int listed, MemberOrder ordered) {
        int size = members.size();
        Map<UndefinedReason, Integer> without = new EnumMap<>(UndefinedReason.class);
        for (int i = 0; i < size; i++) {
            IndicatorValue v = values.get(i);
            if (!v.isDefined()) {
                without.merge(v.reason(), 1, Integer::sum);
            }
        }
        int[] order = ordered.ascending();
        int m = order.length;
        int k = TrimmedSample.trimmedPerEnd(m);
        List<Observation> kept = new AbstractList<>() {
            @Override
            public Observation get(int i) {
                int at = order[k + i];
                return new Observation(members.get(at), values.get(at).value());
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
                trimmed.add(members.get(order[i]));
            }
            for (int i = m - k; i < m; i++) {
                trimmed.add(members.get(order[i]));
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
                Map.copyOf(without), PeerRanking.fromOrder(f, size, order, ordered.tied()));
    }
}
