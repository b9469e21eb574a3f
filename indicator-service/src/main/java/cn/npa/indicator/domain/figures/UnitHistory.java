package cn.npa.indicator.domain.figures;

import java.util.Objects;
import java.util.Optional;

/**
 * A unit's figures at period t and at the dates its indicators compare against. A date without figures is null
 * (absent), never zeros: the unit did not exist, did not file, or the history is not loaded.
 *
 * @param current       figures at t (required)
 * @param previous      figures of the previous period
 * @param yearStart     figures at the beginning of the year (December / Q4 of the previous year)
 * @param sameLastYear  figures of the same period of the previous year (I7, I7')
 * @param lastYearStart figures at the beginning of the previous year: the base of I7's last-year term
 */
public record UnitHistory(UnitFigures current, UnitFigures previous, UnitFigures yearStart, UnitFigures sameLastYear,
                          UnitFigures lastYearStart) {

    public UnitHistory {
        Objects.requireNonNull(current, "current");
        Period t = current.period();
        // A history assembled from the wrong periods would silently compute a wrong indicator: refuse it.
        check(previous, t.previous(), current);
        check(yearStart, t.yearStart(), current);
        check(sameLastYear, t.sameLastYear(), current);
        check(lastYearStart, t.sameLastYear().yearStart(), current);
    }

    /** A history of the current figures only. */
    public static UnitHistory of(UnitFigures current) {
        return new UnitHistory(current, null, null, null, null);
    }

    public String unitCode() {
        return current.unitCode();
    }

    public PeerGroup peerGroup() {
        return current.peerGroup();
    }

    public Period period() {
        return current.period();
    }

    /** The figures at the comparison base, if any. */
    public Optional<UnitFigures> at(ComparisonBase base) {
        return Optional.ofNullable(atOrNull(base));
    }

    /** The figures at the comparison base, or null: {@link #at} without an Optional, for the hot path of a national run. */
    public UnitFigures atOrNull(ComparisonBase base) {
        return base == ComparisonBase.PREVIOUS_PERIOD ? previous : yearStart;
    }

    public UnitHistory withPrevious(UnitFigures f) {
        return new UnitHistory(current, f, yearStart, sameLastYear, lastYearStart);
    }

    public UnitHistory withYearStart(UnitFigures f) {
        return new UnitHistory(current, previous, f, sameLastYear, lastYearStart);
    }

    public UnitHistory withLastYear(UnitFigures samePeriod, UnitFigures yearStartOfLastYear) {
        return new UnitHistory(current, previous, yearStart, samePeriod, yearStartOfLastYear);
    }

    private static void check(UnitFigures f, Period expected, UnitFigures current) {
        if (f == null) {
            return;
        }
        if (!f.period().equals(expected) || !f.unitCode().equals(current.unitCode())) {
            throw new IllegalArgumentException("expected " + current.unitCode() + " at " + expected + ", got "
                    + f.unitCode() + " at " + f.period());
        }
    }
}
