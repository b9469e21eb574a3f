package cn.npa.indicator.domain.assessment;

import cn.npa.indicator.domain.figures.Basis;
import cn.npa.indicator.domain.figures.Period;
import cn.npa.indicator.domain.figures.UnitFigures;
import cn.npa.indicator.domain.figures.UnitHistory;
import cn.npa.indicator.domain.intake.FigureSections;
import cn.npa.indicator.domain.intake.NodeLinks;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Assembles the histories of a population from the figures of each input slot, node by node: a node without figures
 * at a slot has none there (absent, never zeros). Where the restated figures are the first-reported ones the same
 * objects serve both bases.
 */
public final class HistoryBuilder {

    private final Period t;
    private final List<NodeLinks> nodes;
    private final Map<InputSlot, FigureSections[][]> figures = new EnumMap<>(InputSlot.class);

    /** @param nodes the nodes of t, in the order the histories will have */
    public HistoryBuilder(Period t, List<NodeLinks> nodes) {
        this.t = t;
        this.nodes = nodes;
    }

    /** The figures of the nodes at a slot: {@code [node][0]} as first reported, {@code [node][1]} restated (null: the same). */
    public FigureSections[][] slot(InputSlot slot) {
        return figures.computeIfAbsent(slot, s -> new FigureSections[nodes.size()][2]);
    }

    /** Sets the figures of the nodes at a slot, one row per node as {@link #slot(InputSlot)} has them; rows are only read. */
    public void slot(InputSlot slot, FigureSections[][] aligned) {
        if (aligned.length != nodes.size()) {
            throw new IllegalArgumentException(slot + ": figures of " + aligned.length + " nodes for " + nodes.size());
        }
        figures.put(slot, aligned);
    }

    /** A slot whose period is another's (January: the previous period is the beginning of the year) reads the same figures. */
    public void same(InputSlot read, InputSlot alsoAt) {
        figures.put(alsoAt, slot(read));
    }

    public Map<Basis, List<UnitHistory>> build() {
        Map<Basis, List<UnitHistory>> out = new EnumMap<>(Basis.class);
        for (Basis b : Basis.values()) {
            out.put(b, new ArrayList<>(nodes.size()));
        }
        Period[] periods = new Period[InputSlot.values().length];
        for (InputSlot s : InputSlot.values()) {
            periods[s.ordinal()] = s.of(t);
        }
        UnitFigures[] firstOf = new UnitFigures[InputSlot.values().length];
        UnitFigures[] restatedOf = new UnitFigures[InputSlot.values().length];
        for (int i = 0; i < nodes.size(); i++) {
            NodeLinks n = nodes.get(i);
            boolean anyRestated = false;
            for (InputSlot s : InputSlot.values()) {
                FigureSections[][] at = figures.get(s);
                FigureSections first = at == null ? null : at[i][0];
                FigureSections restated = at == null ? null : at[i][1];
                if (s == InputSlot.CURRENT && first == null) {
                    first = FigureSections.NONE;
                }
                Period p = periods[s.ordinal()];
                firstOf[s.ordinal()] = first == null ? null : first.toUnit(n, p);
                restatedOf[s.ordinal()] = restated == null ? firstOf[s.ordinal()] : restated.toUnit(n, p);
                anyRestated |= restated != null;
            }
            UnitHistory f = history(firstOf);
            out.get(Basis.AS_FIRST_REPORTED).add(f);
            out.get(Basis.RESTATED).add(anyRestated ? history(restatedOf) : f);
        }
        return out;
    }

    private static UnitHistory history(UnitFigures[] at) {
        return new UnitHistory(at[InputSlot.CURRENT.ordinal()], at[InputSlot.PREVIOUS_PERIOD.ordinal()], at[InputSlot.YEAR_START.ordinal()],
                at[InputSlot.SAME_PERIOD_LAST_YEAR.ordinal()], at[InputSlot.LAST_YEAR_START.ordinal()]);
    }
}
