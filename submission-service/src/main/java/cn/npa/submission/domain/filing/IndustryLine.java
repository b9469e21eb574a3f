package cn.npa.submission.domain.filing;

import java.math.BigDecimal;

/** Loans and NPL of one GB/T 4754 section (letter A to T). */
public record IndustryLine(String industry, BigDecimal total, BigDecimal npl) {
}
