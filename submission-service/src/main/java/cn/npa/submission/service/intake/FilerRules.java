package cn.npa.submission.service.intake;

import cn.npa.common.problem.FieldError;
import cn.npa.common.problem.RuleId;
import cn.npa.common.security.Caller;
import cn.npa.common.security.Roles;
import cn.npa.common.time.Shanghai;
import cn.npa.submission.domain.filing.FilerCheck;
import cn.npa.submission.domain.filing.FilingHeader;
import cn.npa.submission.domain.period.ReportPeriod;
import cn.npa.submission.domain.period.ReportType;
import cn.npa.submission.domain.register.Institution;
import cn.npa.submission.service.register.RegisterSnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * V5 (the filer exists, is active at the period end, may file the type, the period has ended) and V8 (the caller may
 * file for it: a bank for itself or a unit below it, a bureau its own bureau reports) against the register.
 */
@ApplicationScoped
public class FilerRules {

    static final String INSTITUTION = "$.header.institutionCode";

    private final RegisterSnapshot snapshot;
    private final Clock clock;

    public FilerRules(RegisterSnapshot snapshot, Clock clock) {
        this.clock = clock;
        this.snapshot = snapshot;
    }

    /** The hook the pure validator calls once the header is complete and well-formed. */
    public FilerCheck forCaller(Caller caller) {
        return header -> check(header, caller, Shanghai.today(clock));
    }

    /** The date the register is read at: a period's last day, or a major change's date. */
    public static LocalDate referenceDate(ReportType type, String period) {
        return type == ReportType.MAJOR_CHANGE ? LocalDate.parse(period) : ReportPeriod.parse(period).end();
    }

    List<FieldError> check(FilingHeader h, Caller caller, LocalDate today) {
        ReportType type = ReportType.valueOf(h.reportType());
        LocalDate end = referenceDate(type, h.period());
        String code = h.institutionCode();
        List<FieldError> errors = new ArrayList<>();
        Optional<Institution> filer = snapshot.index().activeOn(code, end);
        if (filer.isEmpty()) {
            errors.add(new FieldError(RuleId.V5, INSTITUTION, "no institution '" + code + "' is active in the register on " + end));
        } else if (!type.isFiledBy(filer.get().kind())) {
            errors.add(new FieldError(RuleId.V5, "$.header.reportType", "a " + filer.get().kind() + " does not file " + type
                    + " reports (filed by " + type.filerKinds() + ")"));
        }
        if (!end.isBefore(today)) {
            errors.add(new FieldError(RuleId.V5, "$.header.period", type == ReportType.MAJOR_CHANGE
                    ? "the change date " + end + " is not yet past (today is " + today + " in Beijing)"
                    : "the period " + h.period() + " has not ended yet (it ends on " + end + ")"));
        }
        if (!mayFile(caller, code, type, end)) {
            errors.add(new FieldError(RuleId.V8, INSTITUTION, "the caller may not file " + type + " reports for '" + code + "'"));
        }
        return errors;
    }

    private boolean mayFile(Caller caller, String code, ReportType type, LocalDate end) {
        String own = caller.institution();
        if (own == null) {
            return false;
        }
        boolean bureauType = type.filer() == ReportType.Filer.BUREAU;
        // Filing for one's own code is in scope even when the register does not know it: V5 then names the real problem.
        if (caller.is(Roles.BANK) && !bureauType && (code.equals(own) || snapshot.index().isWithin(code, own, end))) {
            return true;
        }
        boolean mayAsBureau = bureauType || type == ReportType.MAJOR_CHANGE;
        return caller.is(Roles.BUREAU) && mayAsBureau && code.equals(own);
    }

    /** The institution valid on a date, from the in-memory register. */
    public Optional<Institution> activeOn(String code, LocalDate date) {
        return snapshot.index().activeOn(code, date);
    }

    /** The filer's own code and its ancestors in its tree (bank tree, or regulators for a regulator). */
    public List<String> bankPath(Institution filer, LocalDate end) {
        List<String> path = new ArrayList<>(List.of(filer.code()));
        snapshot.index().ancestors(filer.code(), end).forEach(i -> path.add(i.code()));
        return path;
    }

    /** The regulators whose jurisdiction holds the filer: its supervisor and above (a regulator: itself and above). */
    public List<String> regulatorPath(Institution filer, LocalDate end) {
        if (filer.kind().isRegulator()) {
            return bankPath(filer, end);
        }
        List<String> path = new ArrayList<>(List.of(filer.supervisorCode()));
        snapshot.index().ancestors(filer.supervisorCode(), end).forEach(i -> path.add(i.code()));
        return path;
    }
}
