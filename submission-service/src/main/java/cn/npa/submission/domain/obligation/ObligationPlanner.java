package cn.npa.submission.domain.obligation;

import cn.npa.submission.domain.deadline.BranchDeadlineRule;
import cn.npa.submission.domain.deadline.Deadline;
import cn.npa.submission.domain.deadline.DeadlineRules;
import cn.npa.submission.domain.deadline.WorkingCalendar;
import cn.npa.submission.domain.period.ReportPeriod;
import cn.npa.submission.domain.period.ReportType;
import cn.npa.submission.domain.register.Institution;
import cn.npa.submission.domain.register.InstitutionKind;
import cn.npa.submission.domain.register.RegisterIndex;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which filers owe which report for a period (D4): every institution active on the period's last day owes each
 * periodic type its kind files; branch types only where the bureau above the branch's supervisor has a rule in force
 * (D3). MAJOR_CHANGE is never owed per period. Pure: the register, the rules and the calendar are passed in.
 */
public final class ObligationPlanner {

    private final ReportPeriod period;
    private final RegisterIndex index;
    private final Collection<BranchDeadlineRule> rules;
    private final WorkingCalendar calendar;
    private final LocalDate end;
    private final Map<String, Optional<String>> bureauBySupervisor = new HashMap<>();
    private final Map<String, String> headOfficeByCode = new HashMap<>();

    public ObligationPlanner(ReportPeriod period, RegisterIndex index, Collection<BranchDeadlineRule> rules, WorkingCalendar calendar) {
        this.period = period;
        this.index = index;
        this.rules = rules;
        this.calendar = calendar;
        this.end = period.end();
    }

    /** Every obligation of the period, by institution code then report type. */
    public List<PlannedObligation> plan() {
        List<ReportType> types = List.of(ReportType.values()).stream().filter(t -> t.takes(period)).toList();
        List<PlannedObligation> out = new ArrayList<>();
        for (Institution i : index.allActiveOn(end)) {
            for (ReportType t : types) {
                if (t.isFiledBy(i.kind())) {
                    planFor(i, t).ifPresent(out::add);
                }
            }
        }
        return out;
    }

    /** The one obligation of a filer and type, or empty when it owes none (not active at the period end, wrong kind, no branch rule). */
    public Optional<PlannedObligation> planOne(String code, ReportType type) {
        return index.activeOn(code, end).filter(i -> type.takes(period) && type.isFiledBy(i.kind())).flatMap(i -> planFor(i, type));
    }

    private Optional<PlannedObligation> planFor(Institution i, ReportType type) {
        String bureau = i.supervisorCode() == null ? null : bureauOf(i.supervisorCode()).orElse(null);
        Optional<Deadline> deadline = DeadlineRules.due(type, period, i.kind(), bureau, rules, calendar);
        return deadline.map(d -> new PlannedObligation(i.code(), type, period.toString(), end, headOffice(i), i.supervisorCode(),
                bureau, d, null));
    }

    /** The provincial bureau a supervisor is or lies under (sub-bureau → its bureau); empty for the CBRC. */
    public Optional<String> bureauOf(String supervisor) {
        return bureauBySupervisor.computeIfAbsent(supervisor, s -> bureauOf(index, s, end));
    }

    /** The provincial bureau a supervisor is or lies under on a date (walking the supervisor's ancestors); empty for the CBRC. */
    public static Optional<String> bureauOf(RegisterIndex index, String supervisor, LocalDate d) {
        Optional<Institution> node = index.activeOn(supervisor, d);
        if (node.isPresent() && node.get().kind() == InstitutionKind.REGULATOR_BUREAU) {
            return Optional.of(supervisor);
        }
        return index.ancestors(supervisor, d).stream().filter(a -> a.kind() == InstitutionKind.REGULATOR_BUREAU)
                .map(Institution::code).findFirst();
    }

    /** The head office at the top of a bank node's tree; null for regulators. */
    private String headOffice(Institution i) {
        if (i.kind().isRegulator()) {
            return null;
        }
        if (i.kind() == InstitutionKind.BANK_HEAD_OFFICE || i.parentCode() == null) {
            return i.code();
        }
        String cached = headOfficeByCode.get(i.parentCode());
        if (cached == null) {
            cached = index.activeOn(i.parentCode(), end).map(this::headOffice).orElse(null);
            headOfficeByCode.put(i.parentCode(), cached);
        }
        return cached;
    }

    /** A MAJOR_CHANGE obligation: the detection date is its period, due {@code workingDays} working days later. */
    public static PlannedObligation majorChange(Institution filer, String bureau, LocalDate detectedOn, int workingDays,
                                                WorkingCalendar calendar, String reason) {
        if (!ReportType.MAJOR_CHANGE.isFiledBy(filer.kind())) {
            throw new IllegalArgumentException(filer.code() + " (" + filer.kind() + ") does not file MAJOR_CHANGE");
        }
        Deadline d = DeadlineRules.majorChange(detectedOn, workingDays, calendar);
        String headOffice = filer.kind().isBank() ? filer.code() : null;
        return new PlannedObligation(filer.code(), ReportType.MAJOR_CHANGE, detectedOn.toString(), detectedOn, headOffice,
                filer.supervisorCode(), bureau, d, reason);
    }
}
