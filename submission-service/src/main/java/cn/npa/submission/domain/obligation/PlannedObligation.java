package cn.npa.submission.domain.obligation;

import cn.npa.submission.domain.deadline.Deadline;
import cn.npa.submission.domain.period.ReportType;
import java.time.LocalDate;

/**
 * One obligation to be stored (D4): who owes which report for which period, by when, and the links of the filer valid
 * at the period end (its head office, its supervisor and the provincial bureau above that supervisor).
 */
public record PlannedObligation(String institutionCode, ReportType type, String period, LocalDate periodEnd,
                                String headOfficeCode, String supervisorCode, String bureauCode, Deadline deadline,
                                String reason) {
}
