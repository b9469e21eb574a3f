package cn.npa.submission.domain.intake;

import java.time.LocalDate;

/** Timeliness of one version against its deadline (D1, D6): the due date, ON_TIME or LATE, and days late. */
public record Timeliness(LocalDate dueDate, String status, int daysLate) {
}
