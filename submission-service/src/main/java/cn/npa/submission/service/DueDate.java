package cn.npa.submission.service;

import cn.npa.submission.domain.deadline.Deadline;
import cn.npa.submission.domain.period.ReportType;
import java.util.Optional;

/**
 * The deadline of one report type, or none (a branch report its bureau set no rule for), and whether the holiday
 * schedule of every year it touches was loaded (otherwise only weekends were skipped and the date may still move).
 */
public record DueDate(ReportType reportType, String period, Optional<Deadline> deadline, boolean calendarLoaded) {
}
