package cn.npa.report.domain.figures;

import java.math.BigDecimal;
import java.util.Objects;

/** A client's loans and NPL as one or more filers report them, keyed by its Unified Social Credit Code. */
public record ClientExposure(String creditCode, String name, String groupId, BigDecimal loanBalance, BigDecimal nplBalance) {

    public ClientExposure {
        Objects.requireNonNull(creditCode, "creditCode");
        Objects.requireNonNull(loanBalance, "loanBalance");
        Objects.requireNonNull(nplBalance, "nplBalance");
    }

    /**
     * The same client at another filer: balances add up. Filers may spell the name differently or one may omit the
     * group; the smaller non-null text is kept so that the sum is the same in whatever order filings are added.
     */
    public ClientExposure plus(ClientExposure o) {
        if (!creditCode.equals(o.creditCode)) {
            throw new IllegalArgumentException("different clients: " + creditCode + " and " + o.creditCode);
        }
        return new ClientExposure(creditCode, first(name, o.name), first(groupId, o.groupId),
                loanBalance.add(o.loanBalance), nplBalance.add(o.nplBalance));
    }

    private static String first(String a, String b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return a.compareTo(b) <= 0 ? a : b;
    }
}
