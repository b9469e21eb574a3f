package cn.npa.indicator.domain.assessment;

import cn.npa.indicator.domain.figures.InstitutionKind;

/**
 * Which units of a jurisdiction K1–K4 look at (domain §7): by default its maximal nodes (for a bureau the grade-one
 * branches in its province and the local banks it supervises, for the CBRC the head offices), or one level of the bank
 * tree.
 */
public enum Level {
    DEFAULT(null),
    BANK_HEAD_OFFICE(InstitutionKind.BANK_HEAD_OFFICE),
    BRANCH_GRADE_ONE(InstitutionKind.BRANCH_GRADE_ONE),
    BRANCH(InstitutionKind.BRANCH),
    SUB_BRANCH(InstitutionKind.SUB_BRANCH);

    private final InstitutionKind kind;

    Level(InstitutionKind kind) {
        this.kind = kind;
    }

    /** The bank-tree level, or null for the maximal nodes. */
    public InstitutionKind kind() {
        return kind;
    }
}
