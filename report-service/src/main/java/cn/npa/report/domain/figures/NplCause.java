package cn.npa.report.domain.figures;

/** Causes of new NPL (Art. 8(5)): four external, three internal, and other. */
public enum NplCause {
    POOR_MANAGEMENT_OR_BANKRUPTCY, DEBT_EVASION, ENTERPRISE_VIOLATION, GOVERNMENT_INTERFERENCE,
    THREE_CHECKS_VIOLATION, AUTHORIZATION_VIOLATION, EMPLOYEE_MISCONDUCT, OTHER
}
