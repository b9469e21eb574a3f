package cn.npa.submission.domain.filing;

import java.math.BigDecimal;

/** Loans and NPL booked in one GB/T 2260 region (six-digit code). */
public record RegionLine(String regionCode, BigDecimal total, BigDecimal npl) {
}
