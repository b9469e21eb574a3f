package cn.npa.report.service.rollup;

import cn.npa.report.domain.period.RollupPeriod;

/** Fired by the refresh job after a period's restated rollup was recomputed (documents of the period are rebuilt). */
public record RollupsRefreshed(RollupPeriod period) {
}
