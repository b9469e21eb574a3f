package cn.npa.submission.domain.deadline;

import cn.npa.submission.domain.period.ReportType;
import java.time.LocalDate;

/**
 * A bureau's deadline for one branch report type (D3): due {@code dueDays} calendar days after the period's last day,
 * for periods ending from {@code validFrom} to {@code validTo} (inclusive; null = open-ended).
 * "N days after a month end" is the same as "day N of the next month" for N up to 28, so one model serves both readings.
 */
public record BranchDeadlineRule(String bureauCode, ReportType reportType, int dueDays, LocalDate validFrom, LocalDate validTo) {

    public static final int MIN_DUE_DAYS = 1;
    public static final int MAX_DUE_DAYS = 90;
    private static final LocalDate END_OF_TIME = LocalDate.of(9999, 12, 31);

    public BranchDeadlineRule {
        if (bureauCode == null || reportType == null || validFrom == null) {
            throw new IllegalArgumentException("a rule needs a bureau, a report type and validFrom");
        }
        if (!reportType.isBranchReport()) {
            throw new IllegalArgumentException(reportType + " is not a branch report type");
        }
        if (dueDays < MIN_DUE_DAYS || dueDays > MAX_DUE_DAYS) {
            throw new IllegalArgumentException("dueDays must be " + MIN_DUE_DAYS + "-" + MAX_DUE_DAYS);
        }
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("validTo is before validFrom");
        }
    }

    /** Whether this rule governs a period of this bureau and type that ends on {@code periodEnd}. */
    public boolean governs(String bureau, ReportType type, LocalDate periodEnd) {
        return bureauCode.equals(bureau) && reportType == type && !periodEnd.isBefore(validFrom) && !periodEnd.isAfter(lastDay());
    }

    public LocalDate lastDay() {
        return validTo == null ? END_OF_TIME : validTo;
    }

    /** Same bureau and type with intersecting validity. */
    public boolean overlaps(BranchDeadlineRule other) {
        return bureauCode.equals(other.bureauCode) && reportType == other.reportType
                && !validFrom.isAfter(other.lastDay()) && !other.validFrom.isAfter(lastDay());
    }
}
