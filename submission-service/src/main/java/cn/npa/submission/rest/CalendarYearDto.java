package cn.npa.submission.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import cn.npa.submission.domain.deadline.CalendarDay;
import cn.npa.submission.domain.deadline.CalendarYear;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;

/** A year's holiday schedule as the API shows it. */
public record CalendarYearDto(int year, List<Day> holidays, List<Day> makeUpWorkdays) {

    public static CalendarYearDto of(CalendarYear y) {
        return new CalendarYearDto(y.year(), y.holidays().stream().map(Day::of).toList(), y.makeUpWorkdays().stream().map(Day::of).toList());
    }

    /** One listed day, with its weekday for the reader's convenience. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(requiredProperties = {"date", "dayOfWeek"})
    public record Day(LocalDate date, String dayOfWeek, String name) {
        static Day of(CalendarDay d) {
            return new Day(d.date(), d.date().getDayOfWeek().name(), d.name());
        }
    }
}
