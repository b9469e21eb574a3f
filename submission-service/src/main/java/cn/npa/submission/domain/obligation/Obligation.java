package cn.npa.submission.domain.obligation;

import cn.npa.submission.domain.deadline.ObligationStatus;
import cn.npa.submission.domain.period.ReportType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A stored obligation as services read it (never on the wire itself). */
public record Obligation(long id, String institutionCode, ReportType type, String period, LocalDate periodEnd,
                         String headOfficeCode, String supervisorCode, String bureauCode, LocalDate nominalDate,
                         LocalDate dueDate, Instant lateFrom, String deadlineSource, ObligationStatus status, int daysLate,
                         Instant firstFiledAt, Integer firstVersion, String reason, String waivedBy, String waiverReason,
                         Instant waivedAt) {

    /** Days late as of a date: an overdue obligation keeps counting until it is filed or waived. */
    public int daysLateOn(LocalDate today) {
        return status == ObligationStatus.OVERDUE ? (int) Math.max(daysLate, ChronoUnit.DAYS.between(dueDate, today)) : daysLate;
    }
}
