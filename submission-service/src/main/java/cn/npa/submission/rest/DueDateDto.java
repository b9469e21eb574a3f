package cn.npa.submission.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import cn.npa.submission.domain.period.ReportType;
import cn.npa.submission.domain.deadline.Deadline;
import cn.npa.submission.service.DueDate;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The due date of one report type: the date the rule gives, the date after roll-forward, and {@code lateFrom}, the
 * first instant (Asia/Shanghai) a filing counts as late. No dates and a {@code note} when no deadline applies.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(requiredProperties = {"reportType", "calendarLoaded"})
public record DueDateDto(@Schema(implementation = ReportType.class) String reportType, String period, LocalDate nominalDate, LocalDate dueDate, OffsetDateTime lateFrom,
                         Boolean rolledForward, String source, boolean calendarLoaded, String note) {

    public static DueDateDto of(DueDate d) {
        if (d.deadline().isEmpty()) {
            return new DueDateDto(d.reportType().name(), d.period(), null, null, null, null, null, d.calendarLoaded(),
                    "No deadline: the bureau has set no rule for this report type in force on the period's last day.");
        }
        Deadline x = d.deadline().get();
        String note = d.calendarLoaded() ? null
                : "The holiday schedule of this year is not loaded; only weekends were skipped, so the date may still move.";
        return new DueDateDto(d.reportType().name(), d.period(), x.nominalDate(), x.dueDate(),
                x.lateFrom().atZone(Deadline.SHANGHAI).toOffsetDateTime(), x.rolledForward(), x.source().name(), d.calendarLoaded(), note);
    }
}
