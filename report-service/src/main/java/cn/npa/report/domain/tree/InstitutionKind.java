package cn.npa.report.domain.tree;

/** The kinds of institution of domain spec section 1: three regulator levels and four bank-tree levels. */
public enum InstitutionKind {
    REGULATOR_NATIONAL, REGULATOR_BUREAU, REGULATOR_SUB_BUREAU, BANK_HEAD_OFFICE, BRANCH_GRADE_ONE, BRANCH, SUB_BRANCH;

    public boolean isRegulator() {
        return this == REGULATOR_NATIONAL || this == REGULATOR_BUREAU || this == REGULATOR_SUB_BUREAU;
    }

    public boolean isBank() {
        return !isRegulator();
    }
}
