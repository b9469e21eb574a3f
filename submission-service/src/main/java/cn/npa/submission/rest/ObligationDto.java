package cn.npa.submission.rest;

import cn.npa.submission.domain.obligation.Obligation;
import cn.npa.submission.domain.obligation.LatenessRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An obligation on the wire (D4). {@code daysLate} of an OVERDUE obligation is counted up to today (Shanghai);
 * {@code lateness} (only on a single read) lists each recorded lateness: ORIGINAL_LATE, AMENDMENT_LATE, OVERDUE.
 */
public record ObligationDto(long id, String institutionCode, String reportType, String period, LocalDate nominalDate,
                            LocalDate dueDate, Instant lateFrom, String deadlineSource, String status, int daysLate,
                            Instant firstFiledAt, Integer firstVersion, String supervisorCode, String bureauCode, String reason,
                            String waivedBy, String waiverReason, Instant waivedAt, List<Lateness> lateness) {

    /** One recorded lateness. */
    public record Lateness(String kind, int daysLate, int version, Instant recordedAt) {
    }

    /** The obligation as of {@code today} (an overdue one's days late keep counting). */
    public static ObligationDto of(Obligation o, LocalDate today) {
        return of(o, null, today);
    }

    public static ObligationDto of(Obligation o, List<LatenessRecord> records, LocalDate today) {
        int days = o.daysLateOn(today);
        List<Lateness> lateness = records == null ? null
                : records.stream().map(r -> new Lateness(r.kind(), r.daysLate(), r.version(), r.recordedAt())).toList();
        return new ObligationDto(o.id(), o.institutionCode(), o.type().name(), o.period(), o.nominalDate(), o.dueDate(), o.lateFrom(),
                o.deadlineSource(), o.status().name(), days, o.firstFiledAt(), o.firstVersion(), o.supervisorCode(), o.bureauCode(),
                o.reason(), o.waivedBy(), o.waiverReason(), o.waivedAt(), lateness);
    }
}
