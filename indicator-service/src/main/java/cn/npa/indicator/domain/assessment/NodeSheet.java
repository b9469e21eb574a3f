package cn.npa.indicator.domain.assessment;

import cn.npa.indicator.domain.figures.UnitHistory;
import cn.npa.indicator.domain.indicator.FormulaId;
import cn.npa.indicator.domain.indicator.IndicatorValue;
import cn.npa.indicator.domain.indicator.Indicators;
import cn.npa.indicator.domain.indicator.Ratios;
import java.util.ArrayList;
import java.util.List;

/**
 * One unit's indicators for a list of columns: the one function both an assessment run (column by column over a peer
 * group) and a later read of one unit (from the run's stored inputs and peer aggregates) call, so both give the same
 * numbers.
 */
public final class NodeSheet {

    private NodeSheet() {
    }

    public static IndicatorValue value(Column c, UnitHistory h, PeerLookup peers) {
        return value(c, h, peers, Ratios.DIRECT);
    }

    /** {@link #value} with the ratios I1, I2 and I6' share remembered by {@code ratios} (the same quotients). */
    public static IndicatorValue value(Column c, UnitHistory h, PeerLookup peers, Ratios ratios) {
        return Indicators.compute(c.formula(), c.assetClass(), c.base(), h, c.formula().isPeerRelative() ? peers.compared(c) : null, ratios);
    }

    public static List<IndicatorValue> values(List<Column> columns, UnitHistory h, PeerLookup peers) {
        List<IndicatorValue> out = new ArrayList<>(columns.size());
        for (Column c : columns) {
            out.add(value(c, h, peers));
        }
        return out;
    }

    /** The formula whose peer aggregate I5 (I4) or I6 (I2) compares against. */
    public static FormulaId compared(FormulaId f) {
        return switch (f) {
            case I5 -> FormulaId.I4;
            case I6 -> FormulaId.I2;
            default -> throw new IllegalArgumentException(f.id() + " is not relative to its peer group");
        };
    }
}
