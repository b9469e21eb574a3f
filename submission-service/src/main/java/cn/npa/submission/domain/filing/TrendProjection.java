package cn.npa.submission.domain.filing;

import java.math.BigDecimal;

/** The filer's projection: next period's NPL ratio as a fraction (0.0185 = 1.85%), optional, and its reasoning. */
public record TrendProjection(BigDecimal projectedNplRatio, String text) {
}
