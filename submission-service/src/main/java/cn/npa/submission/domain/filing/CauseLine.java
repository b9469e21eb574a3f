package cn.npa.submission.domain.filing;

import java.math.BigDecimal;

/** New NPL of the period attributed to one cause. */
public record CauseLine(NplCause cause, BigDecimal amount) {
}
