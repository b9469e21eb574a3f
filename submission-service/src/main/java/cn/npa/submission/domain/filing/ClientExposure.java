package cn.npa.submission.domain.filing;

import java.math.BigDecimal;

/** One client's loans and NPL (Art. 6, 8(2)); {@code clientId} is its Unified Social Credit Code. */
public record ClientExposure(String clientId, String name, String groupId, BigDecimal loanBalance, BigDecimal nplBalance) {
}
