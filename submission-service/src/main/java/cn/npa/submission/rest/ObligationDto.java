package cn.npa.submission.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import cn.npa.submission.domain.deadline.ObligationStatus;
import cn.npa.submission.domain.period.ReportType;
import cn.npa.submission.domain.obligation.Obligation;
import cn.npa.submission.domain.obligation.LatenessRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An obligation on the wire (D4). {@code daysLate} of an OVERDUE obligation is counted up to today (Shanghai);
 * {@code lateness} (only on a single read) lists each recorded lateness: ORIGINAL_LATE, AMENDMENT_LATE, OVERDUE.
 */
public record ObligationDto(long id, String institutionCode, @Schema(implementation = ReportType.class) String reportType, String period,
                            @Schema(nullable = true, implementation = String.class, format = "date") LocalDate nominalDate, @Schema(nullable = true, implementation = String.class, format = "date") LocalDate dueDate,
                            @Schema(nullable = true, implementation = String.class, format = "date-time") Instant lateFrom, @Schema(nullable = true) String deadlineSource,
                            @Schema(implementation = ObligationStatus.class) String status, int daysLate,
                            @Schema(nullable = true, implementation = String.class, format = "date-time") Instant firstFiledAt, @Schema(nullable = true) Integer firstVersion,
                            @Schema(nullable = true) String supervisorCode, @Schema(nullable = true) String bureauCode,
                            @Schema(nullable = true) String reason, @Schema(nullable = true) String waivedBy,
                            @Schema(nullable = true) String waiverReason, @Schema(nullable = true, implementation = String.class, format = "date-time") Instant waivedAt,
                            @Schema(nullable = true, description = "Only on a single read") List<Lateness> lateness) {

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
