package cn.npa.submission.domain.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which days are working days (D2): Monday to Friday, except loaded public holidays, plus loaded make-up workdays.
 * Years nobody loaded fall back to weekends only; {@link #isLoaded(int)} tells a caller when that happened.
 */
public final class WorkingCalendar {

    /** No real holiday run is this long; a longer search means corrupt data, not a deadline. */
    private static final int MAX_SEARCH_DAYS = 60;

    private final Map<LocalDate, CalendarDay.Kind> exceptions;
    private final Set<Integer> loadedYears;

    private WorkingCalendar(Map<LocalDate, CalendarDay.Kind> exceptions, Set<Integer> loadedYears) {
        this.exceptions = Map.copyOf(exceptions);
        this.loadedYears = Set.copyOf(loadedYears);
    }

    /** A calendar of weekends only, for years nobody loaded and for tests. */
    public static WorkingCalendar weekendsOnly() {
        return new WorkingCalendar(Map.of(), Set.of());
    }

    public static WorkingCalendar of(Collection<CalendarYear> years) {
        Map<LocalDate, CalendarDay.Kind> exceptions = new HashMap<>();
        Set<Integer> loaded = new HashSet<>();
        for (CalendarYear year : years) {
            if (!loaded.add(year.year())) {
                throw new IllegalArgumentException("year " + year.year() + " is loaded twice");
            }
            for (CalendarDay day : year.days()) {
                if (exceptions.put(day.date(), day.kind()) != null) {
                    throw new IllegalArgumentException(day.date() + " is listed twice");
                }
            }
        }
        return new WorkingCalendar(exceptions, loaded);
    }

    /** Whether an administrator loaded the holiday schedule of this year. */
    public boolean isLoaded(int year) {
        return loadedYears.contains(year);
    }

    public boolean isWorkingDay(LocalDate date) {
        CalendarDay.Kind exception = exceptions.get(date);
        if (exception != null) {
            return exception == CalendarDay.Kind.MAKEUP_WORKDAY;
        }
        DayOfWeek dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /** The date itself when it is a working day, else the first working day after it (D2 roll-forward). */
    public LocalDate nextWorkingDayOnOrAfter(LocalDate date) {
        LocalDate d = date;
        for (int i = 0; i <= MAX_SEARCH_DAYS; i++) {
            if (isWorkingDay(d)) {
                return d;
            }
            d = d.plusDays(1);
        }
        throw new IllegalStateException("no working day within " + MAX_SEARCH_DAYS + " days of " + date);
    }

    /**
     * The {@code n}-th working day after {@code date}; the date itself is never counted, whether or not it is a
     * working day. {@code n = 0} returns the date unchanged.
     */
    public LocalDate addWorkingDays(LocalDate date, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("cannot add a negative number of working days: " + n);
        }
        LocalDate d = date;
        for (int counted = 0; counted < n; counted++) {
            d = nextWorkingDayOnOrAfter(d.plusDays(1));
        }
        return d;
    }
}
