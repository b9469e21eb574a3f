package cn.npa.indicator.domain.figures;

/** The three asset classes of domain §6, each naming which of a unit's figures is "bad" and which is the "base". */
public enum AssetClass {
    /** bad = NPL, base = total loans. */
    LOAN,
    /** bad = non-credit NPA, base = total non-credit assets. */
    NON_CREDIT,
    /** bad = advances (垫款), base = off-balance-sheet balance. */
    OBS;

    /** The bad and base amounts of this class in the figures, or null when the figures do not carry this section. */
    public ClassAmounts amounts(UnitFigures f) {
        return switch (this) {
            case LOAN -> f.loan() == null ? null : new ClassAmounts(f.loan().npl(), f.loan().totalLoans());
            case NON_CREDIT -> f.nonCredit() == null ? null : new ClassAmounts(f.nonCredit().npa(), f.nonCredit().totalAssets());
            case OBS -> f.obs() == null ? null : new ClassAmounts(f.obs().advances(), f.obs().balance());
        };
    }

    /** Whether the figures carry this class's section at all (a monthly report has no non-credit or OBS section). */
    public boolean isReportedIn(UnitFigures f) {
        return switch (this) {
            case LOAN -> f.loan() != null;
            case NON_CREDIT -> f.nonCredit() != null;
            case OBS -> f.obs() != null;
        };
    }
}
