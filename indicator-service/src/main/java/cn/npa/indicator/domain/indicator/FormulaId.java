package cn.npa.indicator.domain.indicator;

import cn.npa.indicator.domain.figures.AssetClass;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The formulas of domain §6 as registered in {@code V1__formula_registry.sql}: id ({@code I5'}), the indicator it
 * computes ({@code I5}), version, unit, the history slots it reads, and which direction is better for ranking.
 */
public enum FormulaId {
    I1("I1", MeasureUnit.PERCENT, List.of(Slot.CURRENT), true),
    I2("I2", MeasureUnit.PERCENTAGE_POINTS, List.of(Slot.CURRENT, Slot.BASE), true),
    I3("I3", MeasureUnit.YUAN, List.of(Slot.CURRENT, Slot.BASE), true),
    I4("I4", MeasureUnit.PERCENT, List.of(Slot.CURRENT, Slot.BASE), true),
    I5("I5", MeasureUnit.PERCENTAGE_POINTS, List.of(Slot.CURRENT, Slot.BASE), true),
    I5_PRIME("I5'", MeasureUnit.PERCENTAGE_POINTS, List.of(Slot.CURRENT, Slot.BASE), true),
    I6("I6", MeasureUnit.PERCENTAGE_POINTS, List.of(Slot.CURRENT, Slot.BASE), true),
    I6_PRIME("I6'", MeasureUnit.PERCENT, List.of(Slot.CURRENT, Slot.BASE), true),
    I7("I7", MeasureUnit.PERCENTAGE_POINTS,
            List.of(Slot.CURRENT, Slot.YEAR_START, Slot.SAME_LAST_YEAR, Slot.LAST_YEAR_START), false),
    I7_PRIME("I7'", MeasureUnit.PERCENT, List.of(Slot.CURRENT, Slot.SAME_LAST_YEAR), false),
    I8("I8", MeasureUnit.PERCENT, List.of(Slot.CURRENT), true);

    private final String id;
    private final MeasureUnit unit;
    private final List<Slot> slots;
    private final boolean lowerIsBetter;
    private final boolean usesBase;

    FormulaId(String id, MeasureUnit unit, List<Slot> slots, boolean lowerIsBetter) {
        this.id = id;
        this.unit = unit;
        this.slots = slots;
        this.lowerIsBetter = lowerIsBetter;
        this.usesBase = slots.contains(Slot.BASE);
    }

    /** The registry id, e.g. {@code I5'}. */
    public String id() {
        return id;
    }

    /** The indicator computed, e.g. {@code I5} for both I5 and I5'. */
    public String indicator() {
        return id.substring(0, 2);
    }

    /** The registry version; every formula is at version 1. */
    public int version() {
        return 1;
    }

    public boolean isDefault() {
        return !id.endsWith("'");
    }

    public MeasureUnit unit() {
        return unit;
    }

    /** The history slots the formula reads, in the order their absence is reported. */
    public List<Slot> slots() {
        return slots;
    }

    /** Whether a comparison base (previous period or beginning of year) applies. */
    public boolean usesBase() {
        return usesBase;
    }

    /** Whether the formula compares the unit with its peer group aggregate (I5, I6). */
    public boolean isPeerRelative() {
        return this == I5 || this == I6;
    }

    /** Lower bad ratios and falling balances are better; more cash collected (I7, I7') is better. */
    public boolean lowerIsBetter() {
        return lowerIsBetter;
    }

    /** The asset classes the formula is defined for. */
    public Set<AssetClass> assetClasses() {
        return switch (this) {
            case I7, I7_PRIME -> LOAN_ONLY;
            case I8 -> NON_CREDIT_ONLY;
            default -> ALL_CLASSES;
        };
    }

    // Built once: a national run asks millions of times.
    private static final Set<AssetClass> LOAN_ONLY = Set.copyOf(EnumSet.of(AssetClass.LOAN));
    private static final Set<AssetClass> NON_CREDIT_ONLY = Set.copyOf(EnumSet.of(AssetClass.NON_CREDIT));
    private static final Set<AssetClass> ALL_CLASSES = Set.copyOf(EnumSet.allOf(AssetClass.class));

    /** The formula with this registry id. */
    public static FormulaId ofId(String id) {
        for (FormulaId f : values()) {
            if (f.id.equals(id)) {
                return f;
            }
        }
        throw new IllegalArgumentException("no formula " + id);
    }
}
