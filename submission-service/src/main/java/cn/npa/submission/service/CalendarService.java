package cn.npa.submission.service;

import cn.npa.common.problem.FieldError;
import cn.npa.common.problem.ProblemException;
import cn.npa.common.problem.RuleId;
import cn.npa.submission.domain.deadline.CalendarDraft;
import cn.npa.submission.domain.deadline.CalendarParser;
import cn.npa.submission.domain.deadline.CalendarYear;
import cn.npa.submission.domain.deadline.WorkingCalendar;
import cn.npa.submission.domain.period.ReportPeriod;
import cn.npa.submission.repository.CalendarRepository;
import jakarta.enterprise.context.ApplicationScoped;
import io.quarkus.cache.CacheInvalidateAll;
import io.quarkus.cache.CacheResult;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.util.List;
import org.jboss.logging.Logger;

/** Loads and reads the working-day calendar an administrator maintains (D2). */
@ApplicationScoped
public class CalendarService {

    private static final Logger LOG = Logger.getLogger(CalendarService.class);

    private final CalendarRepository repository;
    private final Clock clock;

    public CalendarService(CalendarRepository repository, Clock clock) {
        this.clock = clock;
        this.repository = repository;
    }

    /** Replaces a year's holidays and make-up workdays in one transaction; every bad entry is reported at once. */
    @Transactional
    @CacheInvalidateAll(cacheName = "working-calendar")
    public CalendarYear replaceYear(int year, CalendarDraft input, String loadedBy) {
        checkYear(year);
        CalendarParser.Parsed parsed = CalendarParser.parse(year, input);
        if (!parsed.errors().isEmpty()) {
            throw ProblemException.invalid("The calendar of " + year + " breaks " + parsed.errors().size() + " rule(s).",
                    parsed.errors());
        }
        repository.replace(parsed.year(), loadedBy, OffsetDateTime.now(clock));
        LOG.infof("Calendar %d loaded by %s: %d holidays, %d make-up workdays", year, loadedBy,
                parsed.year().holidays().size(), parsed.year().makeUpWorkdays().size());
        return parsed.year();
    }

    @Transactional
    public CalendarYear year(int year) {
        checkYear(year);
        return repository.year(year).orElseThrow(() -> ProblemException.notFound(
                "No calendar is loaded for " + year + "; until one is, only weekends count as non-working days."));
    }

    /** The calendar for deadlines falling from {@code from} on: that year and the next (a roll-forward may cross New Year). */
    @Transactional
    @CacheResult(cacheName = "working-calendar")
    public WorkingCalendar calendarFrom(LocalDate from, LocalDate to) {
        return WorkingCalendar.of(repository.years(from.getYear(), to.getYear() + 1));
    }

    private static void checkYear(int year) {
        if (year < ReportPeriod.MIN_YEAR || year > ReportPeriod.MAX_YEAR) {
            throw ProblemException.invalid("The year is out of range.", List.of(new FieldError(RuleId.CAL_YEAR, "year",
                    "year must be between " + ReportPeriod.MIN_YEAR + " and " + ReportPeriod.MAX_YEAR)));
        }
    }
}
