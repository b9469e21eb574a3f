package cn.npa.submission.service;

import cn.npa.common.problem.FieldError;
import cn.npa.common.problem.ProblemException;
import cn.npa.common.problem.RuleId;
import cn.npa.common.time.Shanghai;
import cn.npa.common.web.Page;
import cn.npa.common.web.PageRequest;
import cn.npa.submission.domain.deadline.ObligationStatus;
import cn.npa.submission.domain.obligation.FilerLateness;
import cn.npa.submission.domain.obligation.LatenessRecord;
import cn.npa.submission.domain.obligation.Obligation;
import cn.npa.submission.domain.period.ReportPeriod;
import cn.npa.submission.repository.ObligationQueries;
import cn.npa.submission.repository.ObligationScope;
import cn.npa.submission.service.register.RegisterScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Reads of obligations within the caller's scope: a bank its own tree, a bureau its jurisdiction (the supervisors
 * stored with each obligation, i.e. the hierarchy at the period end), the CBRC, admins and services everything.
 * A named institution or regulator out of scope answers 404.
 */
@ApplicationScoped
public class ObligationReadService {

    private static final List<ObligationStatus> LATE_OR_MISSING = List.of(ObligationStatus.SUBMITTED_LATE, ObligationStatus.OVERDUE);
    private final RegisterScope registerScope;
    private final ObligationQueries queries;
    private final Clock clock;

    public ObligationReadService(RegisterScope registerScope, ObligationQueries queries, Clock clock) {
        this.clock = clock;
        this.registerScope = registerScope;
        this.queries = queries;
    }

    @Transactional
    public Page<Obligation> list(String institution, String period, ObligationStatus status, PageRequest page) {
        LocalDate asOf = period == null ? Shanghai.today(clock) : periodEnd(period);
        if (institution != null) {
            registerScope.requireRead(institution, asOf);
        }
        return queries.page(scope(), institution, period, status == null ? List.of() : List.of(status), page);
    }

    @Transactional
    public Obligation get(long id) {
        return queries.byId(id).filter(this::visible).orElseThrow(() -> ProblemException.notFound("No obligation " + id + "."));
    }

    /** Late and missing filers (SUBMITTED_LATE, OVERDUE) of a regulator's jurisdiction for a period (D5). */
    @Transactional
    public Page<Obligation> late(String regulator, String period, PageRequest page) {
        if (period == null) {
            throw ProblemException.badRequest("Parameter period is required.", List.of(new FieldError(RuleId.PARAM, "period",
                    "period is required (2026-09, 2026-Q3 or 2026)")));
        }
        LocalDate end = periodEnd(period);
        return queries.page(registerScope.jurisdictionFilers(regulator, end), null, period, LATE_OR_MISSING, page);
    }

    /** Per filer in scope: obligations of a year by outcome, and days late (evidence for Art. 20 and 23). */
    @Transactional
    public Page<FilerLateness> lateness(String institution, Integer year, PageRequest page) {
        if (year == null || year < ReportPeriod.MIN_YEAR || year > ReportPeriod.MAX_YEAR) {
            throw ProblemException.badRequest("Parameter year is required.", List.of(new FieldError(RuleId.PARAM, "year",
                    "year is required, " + ReportPeriod.MIN_YEAR + "-" + ReportPeriod.MAX_YEAR)));
        }
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        if (institution != null) {
            registerScope.requireRead(institution, yearEnd.isBefore(Shanghai.today(clock)) ? yearEnd : Shanghai.today(clock));
        }
        return queries.lateness(scope(), institution, LocalDate.of(year, 1, 1), yearEnd, clock.instant(), page);
    }

    @Transactional
    public List<LatenessRecord> latenessOf(long id) {
        return queries.latenessOf(get(id).id());
    }

    /** The caller's scope in the terms the obligation table stores. */
    private ObligationScope scope() {
        return registerScope.obligations(Shanghai.today(clock));
    }

    private boolean visible(Obligation o) {
        return scope().covers(o);
    }

    /** The end of a report period, or the date itself for a MAJOR_CHANGE period; 400 otherwise. */
    static LocalDate periodEnd(String period) {
        try {
            return ReportPeriod.parse(period).end();
        } catch (IllegalArgumentException e) {
            try {
                return LocalDate.parse(period);
            } catch (DateTimeParseException ignored) {
                throw ProblemException.badRequest("The period cannot be read.", List.of(new FieldError(RuleId.PERIOD, "period", e.getMessage())));
            }
        }
    }
}
