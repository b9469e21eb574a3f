package cn.npa.submission.domain.deadline;

import cn.npa.common.problem.FieldError;
import cn.npa.common.problem.RuleId;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a year's holiday schedule in full and builds it. Rule ids: CAL-REQUIRED, CAL-DATE (not a date),
 * CAL-YEAR (outside the year), CAL-DUPLICATE, CAL-BOTH (holiday and make-up day), CAL-MAKEUP-WEEKEND, CAL-NAME.
 * Holidays may fall on any day of the week (a holiday on a weekend changes nothing, but the schedule lists them).
 */
public final class CalendarParser {

    public static final int MAX_NAME = 100;

    private CalendarParser() {
    }

    /** The parsed year, or every problem found; paths are JSON paths such as {@code $.holidays[3].date}. */
    public static Parsed parse(int year, CalendarDraft in) {
        List<FieldError> errors = new ArrayList<>();
        if (in == null) {
            return new Parsed(null, List.of(new FieldError(RuleId.CAL_REQUIRED, "$", "a body with holidays and makeUpWorkdays is required")));
        }
        Map<LocalDate, String> seen = new HashMap<>();
        List<CalendarDay> days = new ArrayList<>();
        read(year, in.holidays(), "holidays", CalendarDay.Kind.HOLIDAY, seen, days, errors);
        read(year, in.makeUpWorkdays(), "makeUpWorkdays", CalendarDay.Kind.MAKEUP_WORKDAY, seen, days, errors);
        return errors.isEmpty() ? new Parsed(new CalendarYear(year, days), List.of()) : new Parsed(null, errors);
    }

    private static void read(int year, List<CalendarDraft.DayDraft> list, String field, CalendarDay.Kind kind,
                             Map<LocalDate, String> seen, List<CalendarDay> days, List<FieldError> errors) {
        if (list == null) {
            // Required even when empty: a forgotten field must not silently wipe a year's schedule.
            errors.add(new FieldError(RuleId.CAL_REQUIRED, "$." + field, field + " is required (send [] for none)"));
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            String path = "$." + field + "[" + i + "]";
            CalendarDraft.DayDraft entry = list.get(i);
            if (entry == null) {
                errors.add(new FieldError(RuleId.CAL_REQUIRED, path, "an entry with a date is required"));
                continue;
            }
            String name = entry.name() == null ? null : entry.name().strip();
            if (name != null && name.length() > MAX_NAME) {
                errors.add(new FieldError(RuleId.CAL_NAME, path + ".name", "name is longer than " + MAX_NAME + " characters"));
            }
            LocalDate date = date(entry.date(), path + ".date", errors);
            if (date == null) {
                continue;
            }
            boolean ok = true;
            if (date.getYear() != year) {
                errors.add(new FieldError(RuleId.CAL_YEAR, path + ".date", date + " is not in " + year));
                ok = false;
            }
            if (kind == CalendarDay.Kind.MAKEUP_WORKDAY && !isWeekend(date)) {
                errors.add(new FieldError(RuleId.CAL_MAKEUP_WEEKEND, path + ".date", date + " is a "
                        + date.getDayOfWeek().name().charAt(0) + date.getDayOfWeek().name().substring(1).toLowerCase()
                        + "; a make-up workday must be a Saturday or Sunday"));
                ok = false;
            }
            String earlier = seen.putIfAbsent(date, path);
            if (earlier != null) {
                boolean sameList = earlier.startsWith("$." + field + "[");
                errors.add(new FieldError(sameList ? RuleId.CAL_DUPLICATE : RuleId.CAL_BOTH, path + ".date", sameList
                        ? date + " is already listed at " + earlier
                        : date + " cannot be both a holiday and a make-up workday (see " + earlier + ")"));
                ok = false;
            }
            if (ok) {
                days.add(new CalendarDay(date, kind, name == null || name.isEmpty() ? null : name));
            }
        }
    }

    private static LocalDate date(String text, String path, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            errors.add(new FieldError(RuleId.CAL_REQUIRED, path, "date is required"));
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(RuleId.CAL_DATE, path, "'" + text + "' is not a date (YYYY-MM-DD)"));
            return null;
        }
    }

    private static boolean isWeekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** The outcome: a year when {@code errors} is empty. */
    public record Parsed(CalendarYear year, List<FieldError> errors) {
    }
}
