package cn.npa.submission.domain.filing;

import java.math.BigDecimal;

/** NPL disposed of in the period by one method. */
public record DisposalLine(DisposalMethod method, BigDecimal amount) {
}
