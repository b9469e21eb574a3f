package cn.npa.submission.domain.filing;

import static cn.npa.submission.domain.filing.Presence.FORBIDDEN;
import static cn.npa.submission.domain.filing.Presence.OPTIONAL;
import static cn.npa.submission.domain.filing.Presence.REQUIRED;

import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * What each report type carries (V7) and the shape of its period. Kept local to the filing model on purpose:
 * the register's ReportType (package domain.period) will be reconciled with this table later.
 */
public enum FilingKind {
    BANK_MONTHLY_NPL(PeriodShape.MONTH, REQUIRED, REQUIRED, FORBIDDEN, FORBIDDEN, OPTIONAL, FORBIDDEN),
    BRANCH_MONTHLY_NPL(PeriodShape.MONTH, REQUIRED, OPTIONAL, FORBIDDEN, FORBIDDEN, OPTIONAL, FORBIDDEN),
    BANK_QUARTERLY_NPA(PeriodShape.QUARTER, REQUIRED, REQUIRED, REQUIRED, REQUIRED, REQUIRED, FORBIDDEN),
    BRANCH_QUARTERLY_NPA(PeriodShape.QUARTER, REQUIRED, OPTIONAL, REQUIRED, REQUIRED, REQUIRED, FORBIDDEN),
    BANK_ANNUAL_NPA(PeriodShape.YEAR, REQUIRED, REQUIRED, REQUIRED, REQUIRED, REQUIRED, FORBIDDEN),
    // Bureau figures are the system's rollups of the jurisdiction, never re-keyed: bureaus file words only.
    BUREAU_MONTHLY_NPL(PeriodShape.MONTH, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, REQUIRED, OPTIONAL),
    BUREAU_QUARTERLY_ASSESSMENT(PeriodShape.QUARTER, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, REQUIRED, REQUIRED),
    BUREAU_ANNUAL_ASSESSMENT(PeriodShape.YEAR, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, REQUIRED, REQUIRED),
    // A major change is told in words; figures may back it up.
    MAJOR_CHANGE(PeriodShape.DATE, OPTIONAL, OPTIONAL, OPTIONAL, OPTIONAL, REQUIRED, OPTIONAL);

    private final PeriodShape period;
    private final Presence loans;
    private final Presence byRegion;
    private final Presence nonCredit;
    private final Presence offBalanceSheet;
    private final Presence narrative;
    private final Presence evaluation;

    FilingKind(PeriodShape period, Presence loans, Presence byRegion, Presence nonCredit, Presence offBalanceSheet,
               Presence narrative, Presence evaluation) {
        this.period = period;
        this.loans = loans;
        this.byRegion = byRegion;
        this.nonCredit = nonCredit;
        this.offBalanceSheet = offBalanceSheet;
        this.narrative = narrative;
        this.evaluation = evaluation;
    }

    /** The kind named by a report type, or {@code null} when the name is unknown. */
    public static FilingKind of(String reportType) {
        return Arrays.stream(values()).filter(k -> k.name().equals(reportType)).findFirst().orElse(null);
    }

    public PeriodShape period() {
        return period;
    }

    public Presence loans() {
        return loans;
    }

    public Presence byRegion() {
        return byRegion;
    }

    public Presence nonCredit() {
        return nonCredit;
    }

    public Presence offBalanceSheet() {
        return offBalanceSheet;
    }

    public Presence narrative() {
        return narrative;
    }

    public Presence evaluation() {
        return evaluation;
    }

    /** The period notations of domain section 2, plus a date for major-change reports. */
    public enum PeriodShape {
        MONTH("[12][0-9]{3}-(0[1-9]|1[0-2])", "a month such as 2026-10"),
        QUARTER("[12][0-9]{3}-Q[1-4]", "a quarter such as 2026-Q3"),
        YEAR("[12][0-9]{3}", "a year such as 2026"),
        DATE("[12][0-9]{3}-[0-9]{2}-[0-9]{2}", "a date such as 2026-10-08");

        private final Pattern pattern;
        private final String example;

        PeriodShape(String regex, String example) {
            this.pattern = Pattern.compile(regex);
            this.example = example;
        }

        public boolean matches(String period) {
            if (period == null || !pattern.matcher(period).matches()) {
                return false;
            }
            return this != DATE || isDate(period);
        }

        public String example() {
            return example;
        }

        private static boolean isDate(String s) {
            try {
                java.time.LocalDate.parse(s);
                return true;
            } catch (java.time.format.DateTimeParseException e) {
                return false;
            }
        }
    }
}
