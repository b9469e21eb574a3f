package cn.npa.indicator.domain.assessment;

import cn.npa.indicator.domain.figures.Basis;
import cn.npa.indicator.domain.figures.Period;
import cn.npa.indicator.domain.figures.UnitFigures;
import cn.npa.indicator.domain.figures.UnitHistory;
import cn.npa.indicator.domain.intake.FigureSections;
import cn.npa.indicator.domain.intake.NodeLinks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Assembles the histories of a population from the figures of each input slot, node by node: a node without figures
 * at a slot has none there (absent, never zeros). Where the restated figures are the first-reported ones the same
 * objects serve both bases.
 */
public final class HistoryBuilder {

    /** Nodes per parallel task of {@link #build()}. */
    private static final int RANGE = 1 << 14;

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

    /** The histories on both bases, aligned with the nodes; large populations are built in parallel ranges. */
    public Map<Basis, List<UnitHistory>> build() {
        int n = nodes.size();
        Period[] periods = new Period[InputSlot.values().length];
        for (InputSlot s : InputSlot.values()) {
            periods[s.ordinal()] = s.of(t);
        }
        UnitHistory[] first = new UnitHistory[n];
        UnitHistory[] restated = new UnitHistory[n];
        int ranges = (n + RANGE - 1) / RANGE;
        IntStream all = IntStream.range(0, ranges);
        (ranges > 1 ? all.parallel() : all).forEach(r -> build(r * RANGE, Math.min(n, (r + 1) * RANGE), periods, first, restated));
        Map<Basis, List<UnitHistory>> out = new EnumMap<>(Basis.class);
        out.put(Basis.AS_FIRST_REPORTED, new ArrayList<>(Arrays.asList(first)));
        out.put(Basis.RESTATED, new ArrayList<>(Arrays.asList(restated)));
        return out;
    }

    private void build(int from, int to, Period[] periods, UnitHistory[] first, UnitHistory[] restated) {
        UnitFigures[] firstOf = new UnitFigures[InputSlot.values().length];
        UnitFigures[] restatedOf = new UnitFigures[InputSlot.values().length];
        for (int i = from; i < to; i++) {
            NodeLinks n = nodes.get(i);
            boolean anyRestated = false;
            for (InputSlot s : InputSlot.values()) {
                FigureSections[][] at = figures.get(s);
                FigureSections f = at == null ? null : at[i][0];
                FigureSections r = at == null ? null : at[i][1];
                if (s == InputSlot.CURRENT && f == null) {
                    f = FigureSections.NONE;
                }
                Period p = periods[s.ordinal()];
                firstOf[s.ordinal()] = f == null ? null : f.toUnit(n, p);
                restatedOf[s.ordinal()] = r == null ? firstOf[s.ordinal()] : r.toUnit(n, p);
                anyRestated |= r != null;
            }
            first[i] = history(firstOf);
            restated[i] = anyRestated ? history(restatedOf) : first[i];
        }
    }

    private static UnitHistory history(UnitFigures[] at) {
        return new UnitHistory(at[InputSlot.CURRENT.ordinal()], at[InputSlot.PREVIOUS_PERIOD.ordinal()], at[InputSlot.YEAR_START.ordinal()],
                at[InputSlot.SAME_PERIOD_LAST_YEAR.ordinal()], at[InputSlot.LAST_YEAR_START.ordinal()]);
    }
}
