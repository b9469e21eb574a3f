package cn.npa.indicator.domain.indicator;

import cn.npa.indicator.domain.figures.AssetClass;
import cn.npa.indicator.domain.figures.ComparisonBase;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One computed indicator: which formula (id and version) for which asset class and comparison base (null when the
 * formula has none), and either an exact value or the reason it is undefined, never both.
 */
public record IndicatorValue(FormulaId formula, AssetClass assetClass, ComparisonBase base, BigDecimal value,
                             UndefinedReason reason) {

    public IndicatorValue {
        Objects.requireNonNull(formula, "formula");
        Objects.requireNonNull(assetClass, "assetClass");
        if ((value == null) == (reason == null)) {
            throw new IllegalArgumentException("exactly one of value and reason: " + value + ", " + reason);
        }
        if (!formula.usesBase()) {
            base = null;
        }
    }

    public static IndicatorValue of(FormulaId f, AssetClass c, ComparisonBase b, BigDecimal value) {
        return new IndicatorValue(f, c, b, value, null);
    }

    public static IndicatorValue undefined(FormulaId f, AssetClass c, ComparisonBase b, UndefinedReason reason) {
        return new IndicatorValue(f, c, b, null, reason);
    }

    public boolean isDefined() {
        return value != null;
    }

    /** The registry id, e.g. {@code I5'}. */
    public String formulaId() {
        return formula.id();
    }

    public int version() {
        return formula.version();
    }

    public MeasureUnit unit() {
        return formula.unit();
    }

    /** The value rounded HALF_UP for display, empty when undefined. */
    public Optional<BigDecimal> rounded(int scale) {
        return Optional.ofNullable(value).map(v -> Decimals.display(v, scale));
    }
}
