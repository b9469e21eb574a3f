package cn.npa.submission.domain.filing;

import java.math.BigDecimal;
import java.util.function.Function;

/** The headline figures of a filing that quality rules and the major-adjustment test compare across filings. */
public enum KeyFigure {
    TOTAL_LOANS("total loans", "$.loans.grades", f -> f.loans() == null ? null : f.loans().total()),
    NPL("NPL", "$.loans.grades", f -> f.loans() == null ? null : f.loans().npl()),
    NON_CREDIT_ASSETS("non-credit assets", "$.nonCredit.total.assets", f -> nonCredit(f).assets()),
    NON_CREDIT_NPA("non-performing non-credit assets", "$.nonCredit.total.npa", f -> nonCredit(f).npa()),
    ESTIMATED_LOSS("estimated losses", "$.nonCredit.total.estimatedLoss", f -> nonCredit(f).estimatedLoss()),
    OBS_OUTSTANDING("off-balance-sheet outstanding balance", "$.offBalanceSheet.byBusinessType",
            f -> obs(f, ObsAmounts::outstanding)),
    OBS_ADVANCES("off-balance-sheet advances", "$.offBalanceSheet.byBusinessType", f -> obs(f, ObsAmounts::advances));

    private static final NonCreditAmounts NONE = new NonCreditAmounts(null, null, null);

    private final String label;
    private final String path;
    private final Function<Filing, BigDecimal> value;

    KeyFigure(String label, String path, Function<Filing, BigDecimal> value) {
        this.label = label;
        this.path = path;
        this.value = value;
    }

    /** The figure in a filing, or {@code null} when the filing does not carry it. */
    public BigDecimal of(Filing filing) {
        return filing == null ? null : value.apply(filing);
    }

    public String label() {
        return label;
    }

    /** Where the figure comes from in the filing's JSON. */
    public String path() {
        return path;
    }

    private static NonCreditAmounts nonCredit(Filing f) {
        return f.nonCredit() == null || f.nonCredit().total() == null ? NONE : f.nonCredit().total();
    }

    /** OBS figures are the sums of the per-type lines, since the totals object is optional. */
    private static BigDecimal obs(Filing f, Function<ObsAmounts, BigDecimal> amount) {
        if (f.offBalanceSheet() == null || f.offBalanceSheet().byBusinessType() == null) {
            return null;
        }
        return Sums.over(f.offBalanceSheet().byBusinessType(), l -> amount.apply(l.amounts()));
    }
}
