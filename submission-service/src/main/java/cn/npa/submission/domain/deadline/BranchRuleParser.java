package cn.npa.submission.domain.deadline;

import cn.npa.common.problem.FieldError;
import cn.npa.common.problem.RuleId;
import cn.npa.submission.domain.period.ReportType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Checks a branch deadline rule on its own. Rule ids: DL-REQUIRED, DL-TYPE, DL-DAYS, DL-DATES. */
public final class BranchRuleParser {

    private BranchRuleParser() {
    }

    public static Parsed parse(BranchRuleDraft in) {
        List<FieldError> errors = new ArrayList<>();
        if (in == null) {
            return new Parsed(null, List.of(new FieldError(RuleId.DL_REQUIRED, "$", "a rule is required")));
        }
        String bureau = blankToNull(in.bureauCode());
        if (bureau == null) {
            errors.add(new FieldError(RuleId.DL_REQUIRED, "$.bureauCode", "bureauCode is required"));
        }
        ReportType type = type(in.reportType(), errors);
        Integer days = in.dueDays();
        if (days == null) {
            errors.add(new FieldError(RuleId.DL_REQUIRED, "$.dueDays", "dueDays is required"));
        } else if (days < BranchDeadlineRule.MIN_DUE_DAYS || days > BranchDeadlineRule.MAX_DUE_DAYS) {
            errors.add(new FieldError(RuleId.DL_DAYS, "$.dueDays", "dueDays must be between " + BranchDeadlineRule.MIN_DUE_DAYS
                    + " and " + BranchDeadlineRule.MAX_DUE_DAYS + " (calendar days after the period's last day)"));
        }
        LocalDate from = date(in.validFrom(), "$.validFrom", true, errors);
        LocalDate to = date(in.validTo(), "$.validTo", false, errors);
        if (from != null && to != null && to.isBefore(from)) {
            errors.add(new FieldError(RuleId.DL_DATES, "$.validTo", "validTo " + to + " is before validFrom " + from));
        }
        if (!errors.isEmpty()) {
            return new Parsed(null, errors);
        }
        return new Parsed(new BranchDeadlineRule(bureau, type, days, from, to), List.of());
    }

    private static ReportType type(String text, List<FieldError> errors) {
        String v = blankToNull(text);
        if (v == null) {
            errors.add(new FieldError(RuleId.DL_REQUIRED, "$.reportType", "reportType is required"));
            return null;
        }
        ReportType type = Arrays.stream(ReportType.values()).filter(t -> t.name().equals(v)).findFirst().orElse(null);
        if (type == null || !type.isBranchReport()) {
            errors.add(new FieldError(RuleId.DL_TYPE, "$.reportType", "'" + v + "' is not a branch report type; a bureau sets "
                    + "deadlines for " + ReportType.BRANCH_MONTHLY_NPL + " and " + ReportType.BRANCH_QUARTERLY_NPA));
            return null;
        }
        return type;
    }

    private static LocalDate date(String text, String path, boolean required, List<FieldError> errors) {
        String v = blankToNull(text);
        if (v == null) {
            if (required) {
                errors.add(new FieldError(RuleId.DL_REQUIRED, path, path.substring(2) + " is required"));
            }
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(RuleId.DL_DATES, path, "'" + v + "' is not a date (YYYY-MM-DD)"));
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The outcome: a rule when {@code errors} is empty. */
    public record Parsed(BranchDeadlineRule rule, List<FieldError> errors) {
    }
}
