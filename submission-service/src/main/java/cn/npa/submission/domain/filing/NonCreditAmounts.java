package cn.npa.submission.domain.filing;

import java.math.BigDecimal;

/** Non-credit assets, the non-performing part, and its estimated loss. */
public record NonCreditAmounts(BigDecimal assets, BigDecimal npa, BigDecimal estimatedLoss) {
}
