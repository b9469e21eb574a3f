package cn.npa.report.domain.top10;

import java.math.BigDecimal;

/** One row of a top-N table: its rank (equal values share a rank, 1, 2, 2, 4), key, ranking value and full row. */
public record RankedRow<T>(int rank, String key, BigDecimal value, T row) {
}
