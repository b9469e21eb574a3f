package cn.npa.report.domain.period;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period a rollup is asked for: a month ({@code 2026-10}), a quarter ({@code 2026-Q3}) or a year ({@code 2026}),
 * with the bank report types that roll up for it (monthly NPL, quarterly NPA, annual NPA; Art. 7-10), its end date
 * (the register is taken as valid on it, domain section 1) and the previous period of the same grain.
 */
public record RollupPeriod(int year, Grain grain, int index) {

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(0[1-9]|1[0-2])|-Q([1-4]))?");

    /** Month, quarter or year. */
    public enum Grain {
        MONTH(List.of("BANK_MONTHLY_NPL", "BRANCH_MONTHLY_NPL")),
        QUARTER(List.of("BANK_QUARTERLY_NPA", "BRANCH_QUARTERLY_NPA")),
        YEAR(List.of("BANK_ANNUAL_NPA"));

        private final List<String> reportTypes;

        Grain(List<String> reportTypes) {
            this.reportTypes = reportTypes;
        }

        public List<String> reportTypes() {
            return reportTypes;
        }
    }

    /** The period written as filings write it, or empty when the text is not one. */
    public static Optional<RollupPeriod> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) != null) {
            return Optional.of(new RollupPeriod(year, Grain.MONTH, Integer.parseInt(m.group(2))));
        }
        if (m.group(3) != null) {
            return Optional.of(new RollupPeriod(year, Grain.QUARTER, Integer.parseInt(m.group(3))));
        }
        return Optional.of(new RollupPeriod(year, Grain.YEAR, 1));
    }

    public List<String> reportTypes() {
        return grain.reportTypes();
    }

    /** The last day of the period. */
    public LocalDate end() {
        return switch (grain) {
            case MONTH -> YearMonth.of(year, index).atEndOfMonth();
            case QUARTER -> YearMonth.of(year, index * 3).atEndOfMonth();
            case YEAR -> LocalDate.of(year, 12, 31);
        };
    }

    /** The period of the same grain just before. */
    public RollupPeriod previous() {
        return switch (grain) {
            case MONTH -> index == 1 ? new RollupPeriod(year - 1, grain, 12) : new RollupPeriod(year, grain, index - 1);
            case QUARTER -> index == 1 ? new RollupPeriod(year - 1, grain, 4) : new RollupPeriod(year, grain, index - 1);
            case YEAR -> new RollupPeriod(year - 1, grain, 1);
        };
    }

    @Override
    public String toString() {
        return switch (grain) {
            case MONTH -> String.format("%04d-%02d", year, index);
            case QUARTER -> year + "-Q" + index;
            case YEAR -> Integer.toString(year);
        };
    }
}
