package cn.npa.submission.domain.filing;

import java.math.BigDecimal;
import java.util.List;

/** The non-credit section (Art. 9); disposed and new amounts are of non-performing non-credit assets. */
public record NonCreditSection(NonCreditAmounts total, List<NonCreditLine> byCategory, BigDecimal disposedInPeriod,
                               BigDecimal newInPeriod) {
}
