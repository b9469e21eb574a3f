package cn.npa.indicator.domain.figures;

/** The kind (level) of an institution in the bank or supervisory tree (domain §1). */
public enum InstitutionKind {
    REGULATOR_NATIONAL,
    REGULATOR_BUREAU,
    REGULATOR_SUB_BUREAU,
    BANK_HEAD_OFFICE,
    BRANCH_GRADE_ONE,
    BRANCH,
    SUB_BRANCH,
    /** A sum that is no institution: a peer group, region or jurisdiction aggregate. */
    AGGREGATE
}
