package cn.npa.indicator.domain.indicator;

import cn.npa.indicator.domain.figures.AssetClass;
import cn.npa.indicator.domain.figures.ComparisonBase;
import cn.npa.indicator.domain.figures.PeerGroup;
import cn.npa.indicator.domain.figures.UnitFigures;
import cn.npa.indicator.domain.figures.UnitHistory;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A peer group's aggregate of one indicator, computed from the members' summed amounts, never from their ratios
 * (domain §6). The comparison is like for like: a member counts only if it carries the class at every date the formula
 * reads (a bank without figures at the base neither adds to t nor to the base). Says which units were used.
 *
 * @param figures     the summed history (a synthetic unit {@code PEER:<group>}), null when no member qualified
 * @param unitsUsed   the members summed, in the order given
 * @param unitsLeftOut members of the group left out because a date or section was missing
 */
public record PeerAggregate(PeerGroup group, FormulaId formula, AssetClass assetClass, ComparisonBase base,
                            UnitHistory figures, List<String> unitsUsed, List<String> unitsLeftOut, IndicatorValue value) {

    public PeerAggregate {
        Objects.requireNonNull(group, "group");
        unitsUsed = List.copyOf(unitsUsed);
        unitsLeftOut = List.copyOf(unitsLeftOut);
    }

    /** The aggregate of formula f over the members of the group among the given units (others are ignored). */
    public static PeerAggregate of(PeerGroup group, FormulaId f, AssetClass c, ComparisonBase b, List<UnitHistory> units) {
        return of(group, f, c, b, units, (SlotSums) null);
    }

    /** {@link #of}, taking a date's sum from {@code sums} when an earlier aggregate summed the same members there. */
    public static PeerAggregate of(PeerGroup group, FormulaId f, AssetClass c, ComparisonBase b, List<UnitHistory> units, SlotSums sums) {
        if (f.isPeerRelative()) {
            throw new IllegalArgumentException(f.id() + " is itself relative to the peer group");
        }
        ComparisonBase base = f.usesBase() ? b : null;
        if (!f.assetClasses().contains(c)) {
            return new PeerAggregate(group, f, c, base, null, List.of(), List.of(),
                    IndicatorValue.undefined(f, c, base, UndefinedReason.NOT_APPLICABLE));
        }
        List<UnitHistory> used = new ArrayList<>();
        List<UnitHistory> leftOut = new ArrayList<>();
        for (UnitHistory u : units) {
            if (u.peerGroup() != group) {
                continue;
            }
            boolean complete = true;
            List<Slot> slots = f.slots();
            for (int k = 0; k < slots.size(); k++) {
                UnitFigures at = slots.get(k).of(u, b);
                complete &= at != null && c.isReportedIn(at);
            }
            if (complete) {
                used.add(u);
            } else {
                leftOut.add(u);
            }
        }
        List<String> usedCodes = used.stream().map(UnitHistory::unitCode).toList();
        List<String> leftOutCodes = leftOut.stream().map(UnitHistory::unitCode).toList();
        if (used.isEmpty()) {
            return new PeerAggregate(group, f, c, base, null, usedCodes, leftOutCodes,
                    IndicatorValue.undefined(f, c, base, UndefinedReason.NO_DEFINED_INPUT));
        }
        UnitHistory summed = sum(group, f, c, b, used, sums);
        return new PeerAggregate(group, f, c, base, summed, usedCodes, leftOutCodes, Indicators.compute(f, c, b, summed, null));
    }

    /**
     * The aggregate over {@code units}, given {@code same}: the aggregate of a formula reading the same dates, of the same
     * group, class and base, over {@code earlier}, the same members in the same order whose histories are mostly the very
     * same objects (a run's two bases: only a unit with an amended filing has a restated history of its own). Only the
     * members whose history differs are looked at: when they leave the membership as it was, the sums move by their
     * amounts; otherwise everything is summed afresh. Either way the result is exactly {@link #of}'s.
     */
    public static PeerAggregate of(PeerGroup group, FormulaId f, AssetClass c, ComparisonBase b, List<UnitHistory> units,
                                   PeerAggregate same, List<UnitHistory> earlier) {
        ComparisonBase base = f.usesBase() ? b : null;
        boolean comparable = same != null && same.figures != null && earlier.size() == units.size() && !f.isPeerRelative()
                && same.group == group && same.assetClass == c && same.base == base && same.formula.slots().equals(f.slots())
                && f.assetClasses().contains(c);
        if (!comparable) {
            return of(group, f, c, b, units);
        }
        List<UnitHistory> removed = new ArrayList<>();
        List<UnitHistory> added = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            UnitHistory now = units.get(i);
            UnitHistory then = earlier.get(i);
            if (now == then) {
                continue;
            }
            int was = state(then, group, f, c, b);
            if (was != state(now, group, f, c, b) || !then.unitCode().equals(now.unitCode())) {
                return of(group, f, c, b, units);
            }
            if (was == USED) {
                removed.add(then);
                added.add(now);
            }
        }
        UnitHistory figures = same.figures;
        if (!removed.isEmpty()) {
            figures = null;
            for (Slot s : List.of(Slot.CURRENT, Slot.BASE, Slot.YEAR_START, Slot.SAME_LAST_YEAR, Slot.LAST_YEAR_START)) {
                if (!f.slots().contains(s)) {
                    continue;
                }
                UnitFigures total = UnitFigures.moved(s.of(same.figures, b), c, removed.stream().map(u -> s.of(u, b)).toList(),
                        added.stream().map(u -> s.of(u, b)).toList());
                if (total == null) {
                    return of(group, f, c, b, units);
                }
                figures = withSlot(figures, s, b, total);
            }
        }
        return new PeerAggregate(group, f, c, base, figures, same.unitsUsed, same.unitsLeftOut, Indicators.compute(f, c, b, figures, null));
    }

    private static final int IGNORED = 0;
    private static final int USED = 1;
    private static final int LEFT_OUT = 2;

    /** Whether {@link #of} ignores a unit (another group), sums it, or leaves it out (a date or section missing). */
    private static int state(UnitHistory u, PeerGroup group, FormulaId f, AssetClass c, ComparisonBase b) {
        if (u.peerGroup() != group) {
            return IGNORED;
        }
        for (Slot s : f.slots()) {
            UnitFigures at = s.of(u, b);
            if (at == null || !c.isReportedIn(at)) {
                return LEFT_OUT;
            }
        }
        return USED;
    }

    /**
     * The same members' sums read through another formula that reads the same dates (I2, I3, I4, I5' and I6' all read
     * t and the base): the membership and the sums are identical, so they are not summed again.
     */
    public PeerAggregate as(FormulaId other) {
        if (!other.slots().equals(formula.slots()) || other.isPeerRelative() || !other.assetClasses().contains(assetClass)) {
            throw new IllegalArgumentException(other.id() + " does not read the dates " + formula.id() + " reads");
        }
        IndicatorValue v = figures == null ? IndicatorValue.undefined(other, assetClass, base, value.reason())
                : Indicators.compute(other, assetClass, base, figures, null);
        return new PeerAggregate(group, other, assetClass, base, figures, unitsUsed, unitsLeftOut, v);
    }

    private static UnitHistory sum(PeerGroup group, FormulaId f, AssetClass c, ComparisonBase b, List<UnitHistory> used, SlotSums sums) {
        SlotSums memo = sums == null ? new SlotSums() : sums;
        UnitHistory h = null;
        for (Slot s : List.of(Slot.CURRENT, Slot.BASE, Slot.YEAR_START, Slot.SAME_LAST_YEAR, Slot.LAST_YEAR_START)) {
            if (f.slots().contains(s)) {
                h = withSlot(h, s, b, memo.sum(group, c, s, b, used));
            }
        }
        return h;
    }

    /** The summed history so far with the total of one more slot (CURRENT first). */
    private static UnitHistory withSlot(UnitHistory h, Slot s, ComparisonBase b, UnitFigures total) {
        return switch (s) {
            case CURRENT -> UnitHistory.of(total);
            case BASE -> b == ComparisonBase.PREVIOUS_PERIOD ? h.withPrevious(total) : h.withYearStart(total);
            case YEAR_START -> h.withYearStart(total);
            case SAME_LAST_YEAR -> h.withLastYear(total, h.lastYearStart());
            case LAST_YEAR_START -> h.withLastYear(h.sameLastYear(), total);
        };
    }
}
