package cn.npa.indicator.domain.assessment;

import cn.npa.indicator.domain.figures.UnitHistory;
import cn.npa.indicator.domain.indicator.IndicatorValue;
import cn.npa.indicator.domain.indicator.Indicators;
import cn.npa.indicator.domain.indicator.PeerAggregate;
import cn.npa.indicator.domain.indicator.Ratios;
import cn.npa.indicator.domain.peer.MemberOrder;
import cn.npa.indicator.domain.peer.PeerDistribution;
import cn.npa.indicator.domain.peer.PeerStatistics;
import cn.npa.indicator.domain.peer.QuantileMethod;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The columns of one class in one universe on both bases, one column at a time: its values on the first-reported basis,
 * then on the restated one (a unit whose restated history is its first-reported one reuses its value), their statistics
 * and ranks, then the I5 / I6 shifted from it (I4 / I2) while its values are at hand. Only one column's values are alive
 * at once; a unit's ratios, which I1, I2 and I6' share, are remembered across its columns ({@link Ratios.Recent} per unit).
 */
final class ColumnTask {

    /** A column's statistics and ranks on one basis, with the fingerprint of its values. */
    record Done(UniverseGroup group, Column column, PeerSummary summary, int[] ranks, long fingerprint) {
    }

    private final UniverseGroup first;
    private final UniverseGroup restated;
    private final List<Column> columns;
    private final QuantileMethod method;

    ColumnTask(UniverseGroup first, UniverseGroup restated, List<Column> columns, QuantileMethod method) {
        this.first = first;
        this.restated = restated;
        this.columns = columns;
        this.method = method;
    }

    /** The column I5 / I6 is shifted from: I4 / I2 of the same class and base. */
    static Column compared(Column c) {
        return new Column(NodeSheet.compared(c.formula()), c.assetClass(), c.base());
    }

    /** Two results per column (first reported, restated), in the columns' order. */
    List<Done> run() {
        int n = first.histories.size();
        Ratios.Recent[] firstRatios = new Ratios.Recent[n];
        Ratios.Recent[] restatedRatios = new Ratios.Recent[n];
        Done[] out = new Done[2 * columns.size()];
        for (int k = 0; k < columns.size(); k++) {
            Column column = columns.get(k);
            if (column.formula().isPeerRelative()) {
                continue;
            }
            List<IndicatorValue> f = direct(first, column, null, firstRatios);
            List<IndicatorValue> r = direct(restated, column, f, restatedRatios);
            // One exact sort per column: the restated order is the first-reported one patched at the amended units.
            MemberOrder fo = MemberOrder.sort(first.codes, f);
            MemberOrder ro = MemberOrder.patched(fo, f, r, restated.codes);
            out[2 * k] = summarise(first, column, f, fo);
            out[2 * k + 1] = summarise(restated, column, r, ro);
            for (int j = 0; j < columns.size(); j++) {
                Column shifted = columns.get(j);
                if (shifted.formula().isPeerRelative() && compared(shifted).equals(column)) {
                    relative(j, shifted, f, r, fo, ro, out);
                }
            }
        }
        // I5 / I6 whose I4 / I2 is not among the columns (a run always ranks on I2 and I4, so not expected)
        for (int j = 0; j < columns.size(); j++) {
            if (out[2 * j] == null) {
                List<IndicatorValue> f = direct(first, compared(columns.get(j)), null, firstRatios);
                List<IndicatorValue> r = direct(restated, compared(columns.get(j)), f, restatedRatios);
                relative(j, columns.get(j), f, r, null, null, out);
            }
        }
        return Arrays.asList(out);
    }

    /** I5 / I6 on both bases from the unit's own I4 / I2 and the group's aggregate of it; ordered as I4 / I2 are. */
    private void relative(int j, Column column, List<IndicatorValue> ownFirst, List<IndicatorValue> ownRestated, MemberOrder firstOrder,
                          MemberOrder restatedOrder, Done[] out) {
        List<IndicatorValue> f = relative(first, column, ownFirst);
        List<IndicatorValue> r = relative(restated, column, ownRestated);
        out[2 * j] = summarise(first, column, f, MemberOrder.shifted(firstOrder, first.codes, f));
        out[2 * j + 1] = summarise(restated, column, r, MemberOrder.shifted(restatedOrder, restated.codes, r));
    }

    /** A column that needs no peer aggregate, unit by unit; on the restated basis a unit with its first-reported history reuses its value. */
    private List<IndicatorValue> direct(UniverseGroup g, Column column, List<IndicatorValue> firstReported, Ratios.Recent[] ratios) {
        int n = g.histories.size();
        List<IndicatorValue> values = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            UnitHistory h = g.histories.get(i);
            if (firstReported != null && h == first.histories.get(i)) {
                values.add(firstReported.get(i));
                continue;
            }
            Ratios.Recent memo = ratios[i];
            if (memo == null) {
                memo = Ratios.recent();
                ratios[i] = memo;
            }
            values.add(NodeSheet.value(column, h, PeerLookup.NONE, memo));
        }
        return values;
    }

    private static List<IndicatorValue> relative(UniverseGroup g, Column column, List<IndicatorValue> compared) {
        PeerAggregate peer = g.compared(column);
        BigDecimal minusPeer = peer.value().isDefined() ? peer.value().value().negate() : null;
        List<IndicatorValue> values = new ArrayList<>(compared.size());
        for (IndicatorValue o : compared) {
            values.add(Indicators.relativeToPeer(column.formula(), o, peer, minusPeer));
        }
        return values;
    }

    private Done summarise(UniverseGroup g, Column column, List<IndicatorValue> values, MemberOrder order) {
        Fingerprint fp = new Fingerprint();
        values.forEach(fp::add);
        PeerAggregate aggregate = column.formula().isPeerRelative() ? null : g.aggregate(column);
        PeerDistribution d = PeerDistribution.of(column.formula(), g.codes, values, method, PeerStatistics.DEFAULT_LEVELS, PeerSummary.LISTED,
                order);
        int[] ranks = RankColumn.of(column) == null ? null : d.ranks();
        return new Done(g, column, PeerSummary.of(g.basis, g.universe, column, method.name(), d, aggregate), ranks, fp.value());
    }
}
