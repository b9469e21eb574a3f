package cn.npa.indicator.domain.keylist;

import java.math.BigDecimal;
import java.util.Objects;

/** One filer's exposure to one client in a period (Art. 6, 8(2)), in yuan; groupId is null for an unaffiliated client. */
public record ClientExposure(String filerCode, String clientCode, String name, String groupId, BigDecimal loanBalance,
                             BigDecimal nplBalance) {

    public ClientExposure {
        Objects.requireNonNull(filerCode, "filerCode");
        Objects.requireNonNull(clientCode, "clientCode");
        Objects.requireNonNull(loanBalance, "loanBalance");
        Objects.requireNonNull(nplBalance, "nplBalance");
    }
}
