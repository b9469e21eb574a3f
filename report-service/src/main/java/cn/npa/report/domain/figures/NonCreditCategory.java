package cn.npa.report.domain.figures;

/** Categories of non-credit assets (Art. 9). */
public enum NonCreditCategory {
    PENDING_DISPOSAL, PENDING_CLEARANCE, RECEIVABLES, FORECLOSED_ASSETS, EQUITY_INVESTMENTS, OTHER
}
