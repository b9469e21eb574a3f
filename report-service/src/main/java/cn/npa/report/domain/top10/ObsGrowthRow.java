package cn.npa.report.domain.top10;

import cn.npa.report.domain.figures.Money;
import java.math.BigDecimal;

/** A branch's OBS outstanding against the previous period; growth rate is {@code null} when there was nothing before. */
public record ObsGrowthRow(String code, BigDecimal previousOutstanding, BigDecimal outstanding, BigDecimal change,
                           BigDecimal growthRate, UnitRow figures) {

    public static ObsGrowthRow of(UnitRow row, BigDecimal previousOutstanding) {
        if (row.obsOutstanding() == null || previousOutstanding == null) {
            return new ObsGrowthRow(row.code(), previousOutstanding, row.obsOutstanding(), null, null, row);
        }
        BigDecimal change = row.obsOutstanding().subtract(previousOutstanding);
        return new ObsGrowthRow(row.code(), previousOutstanding, row.obsOutstanding(), change,
                Money.ratio(change, previousOutstanding), row);
    }
}
