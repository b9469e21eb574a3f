package cn.npa.submission.domain.filing;

import java.math.BigDecimal;

/** Outstanding off-balance-sheet balance, advances (垫款) balance, and advances newly made in the period. */
public record ObsAmounts(BigDecimal outstanding, BigDecimal advances, BigDecimal newAdvances) {
}
