package cn.npa.indicator.domain.assessment;

import cn.npa.indicator.domain.figures.AssetClass;
import cn.npa.indicator.domain.figures.ComparisonBase;
import cn.npa.indicator.domain.indicator.FormulaId;
import java.util.List;

/** The six rankings of the progress degree (domain §6): I1, I2 and I4 on loans against each base, and I7. */
public enum RankColumn {
    I1(new Column(FormulaId.I1, AssetClass.LOAN, null)),
    I2_PREVIOUS_PERIOD(new Column(FormulaId.I2, AssetClass.LOAN, ComparisonBase.PREVIOUS_PERIOD)),
    I2_YEAR_START(new Column(FormulaId.I2, AssetClass.LOAN, ComparisonBase.YEAR_START)),
    I4_PREVIOUS_PERIOD(new Column(FormulaId.I4, AssetClass.LOAN, ComparisonBase.PREVIOUS_PERIOD)),
    I4_YEAR_START(new Column(FormulaId.I4, AssetClass.LOAN, ComparisonBase.YEAR_START)),
    I7(new Column(FormulaId.I7, AssetClass.LOAN, null));

    private final Column column;

    RankColumn(Column column) {
        this.column = column;
    }

    public Column column() {
        return column;
    }

    /** The ranking of a column, or null when the column is not ranked. */
    public static RankColumn of(Column c) {
        for (RankColumn r : values()) {
            if (r.column.equals(c)) {
                return r;
            }
        }
        return null;
    }

    /** The four rankings a progress degree against the base combines, in {@code ProgressWeights.INDICATORS} order. */
    public static List<RankColumn> forBase(ComparisonBase base) {
        return base == ComparisonBase.PREVIOUS_PERIOD ? List.of(I1, I2_PREVIOUS_PERIOD, I4_PREVIOUS_PERIOD, I7)
                : List.of(I1, I2_YEAR_START, I4_YEAR_START, I7);
    }
}
