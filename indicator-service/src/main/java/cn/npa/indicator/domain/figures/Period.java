package cn.npa.indicator.domain.figures;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A reporting period of domain §2: a month {@code 2026-10}, a quarter {@code 2026-Q3} or a year {@code 2026}. */
public record Period(int year, Frequency frequency, int number) {

    /** How often a period recurs; {@code number} runs 1..12, 1..4 or is 1 for a year. */
    public enum Frequency {
        MONTH(12), QUARTER(4), YEAR(1);

        private final int perYear;

        Frequency(int perYear) {
            this.perYear = perYear;
        }
    }

    private static final Pattern TEXT = Pattern.compile("(\\d{4})(?:-(Q)?(\\d{1,2}))?");

    public Period {
        if (frequency == null || number < 1 || number > frequency.perYear) {
            throw new IllegalArgumentException("no such period: " + year + " " + frequency + " " + number);
        }
    }

    /** Reads {@code 2026-10}, {@code 2026-Q3} or {@code 2026}. */
    public static Period parse(String text) {
        Matcher m = TEXT.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a period: " + text);
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(3) == null) {
            return new Period(year, Frequency.YEAR, 1);
        }
        return new Period(year, m.group(2) != null ? Frequency.QUARTER : Frequency.MONTH, Integer.parseInt(m.group(3)));
    }

    /** The period before: the month before a month, the quarter before a quarter, the year before a year. */
    public Period previous() {
        return number > 1 ? new Period(year, frequency, number - 1) : new Period(year - 1, frequency, frequency.perYear);
    }

    /** Beginning of year (年初): December, Q4 or the whole of the previous year, in this period's frequency. */
    public Period yearStart() {
        return new Period(year - 1, frequency, frequency.perYear);
    }

    /** The same period of the previous year. */
    public Period sameLastYear() {
        return new Period(year - 1, frequency, number);
    }

    // Written out rather than generated: a national run compares periods millions of times.
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Period p && p.year == year && p.number == number && p.frequency == frequency;
    }

    @Override
    public int hashCode() {
        return (year * 31 + frequency.ordinal()) * 31 + number;
    }

    @Override
    public String toString() {
        return switch (frequency) {
            case MONTH -> String.format("%04d-%02d", year, number);
            case QUARTER -> String.format("%04d-Q%d", year, number);
            case YEAR -> String.format("%04d", year);
        };
    }
}
