package cn.npa.indicator.domain.assessment;

import cn.npa.indicator.domain.figures.AssetClass;
import cn.npa.indicator.domain.figures.ComparisonBase;
import cn.npa.indicator.domain.indicator.FormulaId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

/** One indicator of a unit's sheet: a formula for an asset class and, when the formula has one, a comparison base. */
public record Column(FormulaId formula, AssetClass assetClass, ComparisonBase base) {

    public Column {
        Objects.requireNonNull(formula, "formula");
        Objects.requireNonNull(assetClass, "assetClass");
        if (formula.usesBase() != (base != null)) {
            throw new IllegalArgumentException(formula.id() + (formula.usesBase() ? " needs" : " has no") + " comparison base");
        }
    }

    /**
     * Every column of the given formulas that is defined at all: each formula for the classes it applies to (I7 only
     * for loans, I8 only for non-credit assets) and for both bases when it has one. Ordered by class, formula, base.
     */
    public static List<Column> of(Collection<FormulaId> formulas) {
        EnumSet<FormulaId> set = formulas.isEmpty() ? EnumSet.noneOf(FormulaId.class) : EnumSet.copyOf(formulas);
        List<Column> out = new ArrayList<>();
        for (AssetClass c : AssetClass.values()) {
            for (FormulaId f : set) {
                if (!f.assetClasses().contains(c)) {
                    continue;
                }
                if (f.usesBase()) {
                    for (ComparisonBase b : ComparisonBase.values()) {
                        out.add(new Column(f, c, b));
                    }
                } else {
                    out.add(new Column(f, c, null));
                }
            }
        }
        return out;
    }

    /** e.g. {@code I2 LOAN PREVIOUS_PERIOD}. */
    @Override
    public String toString() {
        return formula.id() + " " + assetClass + (base == null ? "" : " " + base);
    }
}
