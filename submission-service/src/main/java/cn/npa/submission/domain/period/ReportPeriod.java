package cn.npa.submission.domain.period;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period: a month ({@code 2026-10}), a quarter ({@code 2026-Q3}) or a year ({@code 2026}).
 * {@code number} is the month (1-12), the quarter (1-4), or 1 for a year.
 */
public record ReportPeriod(PeriodKind kind, int year, int number) {

    /** Years we accept: wide enough for history and planning, narrow enough to catch typos such as 20260. */
    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2999;

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q(\\d)");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    public ReportPeriod {
        if (kind == null) {
            throw new IllegalArgumentException("a period needs a kind");
        }
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new IllegalArgumentException("year " + year + " is outside " + MIN_YEAR + "-" + MAX_YEAR);
        }
        int max = switch (kind) {
            case MONTH -> 12;
            case QUARTER -> 4;
            case YEAR -> 1;
        };
        if (number < 1 || number > max) {
            throw new IllegalArgumentException(kind.name().toLowerCase() + " number " + number + " is outside 1-" + max);
        }
    }

    public static ReportPeriod month(int year, int month) {
        return new ReportPeriod(PeriodKind.MONTH, year, month);
    }

    public static ReportPeriod quarter(int year, int quarter) {
        return new ReportPeriod(PeriodKind.QUARTER, year, quarter);
    }

    public static ReportPeriod year(int year) {
        return new ReportPeriod(PeriodKind.YEAR, year, 1);
    }

    /**
     * Reads {@code 2026-10}, {@code 2026-Q3} or {@code 2026}; nothing else (no {@code 2026-1}, {@code 2026q3},
     * spaces or {@code 2026-M10}).
     *
     * @throws IllegalArgumentException with a message a caller can act on
     */
    public static ReportPeriod parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("a period is required (2026-10, 2026-Q3 or 2026)");
        }
        try {
            Matcher m = MONTH.matcher(text);
            if (m.matches()) {
                return month(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
            m = QUARTER.matcher(text);
            if (m.matches()) {
                return quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
            m = YEAR.matcher(text);
            if (m.matches()) {
                return year(Integer.parseInt(m.group(1)));
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "' is not a valid period: " + e.getMessage(), e);
        }
        throw new IllegalArgumentException("'" + text + "' is not a period; write a month as 2026-10, a quarter as 2026-Q3, a year as 2026");
    }

    /** The first day of the period. */
    public LocalDate start() {
        return switch (kind) {
            case MONTH -> LocalDate.of(year, number, 1);
            case QUARTER -> LocalDate.of(year, (number - 1) * 3 + 1, 1);
            case YEAR -> LocalDate.of(year, 1, 1);
        };
    }

    /** The last day of the period (inclusive). */
    public LocalDate end() {
        return switch (kind) {
            case MONTH -> YearMonth.of(year, number).atEndOfMonth();
            case QUARTER -> YearMonth.of(year, number * 3).atEndOfMonth();
            case YEAR -> LocalDate.of(year, 12, 31);
        };
    }

    /** The period of the same kind just before this one. */
    public ReportPeriod previous() {
        return switch (kind) {
            case MONTH -> number == 1 ? month(year - 1, 12) : month(year, number - 1);
            case QUARTER -> number == 1 ? quarter(year - 1, 4) : quarter(year, number - 1);
            case YEAR -> year(year - 1);
        };
    }

    /** The period of the same kind just after this one. */
    public ReportPeriod next() {
        return switch (kind) {
            case MONTH -> number == 12 ? month(year + 1, 1) : month(year, number + 1);
            case QUARTER -> number == 4 ? quarter(year + 1, 1) : quarter(year, number + 1);
            case YEAR -> year(year + 1);
        };
    }

    /** The base of "change since beginning of year" (年初): December or Q4 of the previous year; for a year, the previous year. */
    public ReportPeriod beginningOfYearBase() {
        return switch (kind) {
            case MONTH -> month(year - 1, 12);
            case QUARTER -> quarter(year - 1, 4);
            case YEAR -> year(year - 1);
        };
    }

    /** True once the period's last day is behind {@code todayShanghai} (a period ends at 24:00 of its last day). */
    public boolean hasEnded(LocalDate todayShanghai) {
        return todayShanghai.isAfter(end());
    }

    @Override
    public String toString() {
        return switch (kind) {
            // concatenation, not String.format: periods are named many times per filing (years have four digits, MIN_YEAR)
            case MONTH -> year + (number < 10 ? "-0" : "-") + number;
            case QUARTER -> year + "-Q" + number;
            case YEAR -> Integer.toString(year);
        };
    }
}
