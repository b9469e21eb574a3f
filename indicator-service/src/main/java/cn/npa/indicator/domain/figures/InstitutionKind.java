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
    /** A peer group's figures as the report service sums them (R2), sent as a node of its own. */
    PEER_GROUP,
    /** A sum that is no institution: a peer group, region or jurisdiction aggregate computed here. */
    AGGREGATE;

    /** Regulators: the CBRC, bureaus and sub-bureaus. */
    public boolean isRegulator() {
        return this == REGULATOR_NATIONAL || this == REGULATOR_BUREAU || this == REGULATOR_SUB_BUREAU;
    }

    /** Nodes of the bank tree: head offices and their branches. */
    public boolean isBank() {
        return this == BANK_HEAD_OFFICE || this == BRANCH_GRADE_ONE || this == BRANCH || this == SUB_BRANCH;
    }
}
