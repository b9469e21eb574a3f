package cn.npa.report.domain.figures;

/** Off-balance-sheet business types (Art. 10). */
public enum ObsBusinessType {
    BANK_ACCEPTANCE, LETTER_OF_GUARANTEE, LETTER_OF_CREDIT, LOAN_COMMITMENT, OTHER
}
