package cn.npa.submission.domain.register;

import cn.npa.common.problem.FieldError;
import cn.npa.common.problem.RuleId;
import cn.npa.common.region.Provinces;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The rules that relate an institution to the rest of the register (domain spec section 1): no overlapping validity
 * for one code, parent and supervisor of the allowed kinds and valid over the whole validity, and no cycles.
 * The view must already contain the row itself (the register as it would be after the change).
 */
public final class RegisterRules {

    private RegisterRules() {
    }

    public static List<FieldError> check(Institution row, RegisterView register, String path) {
        List<FieldError> errors = new ArrayList<>();
        for (Institution other : register.versions(row.code())) {
            if (!other.validFrom().equals(row.validFrom()) && other.overlaps(row)) {
                errors.add(new FieldError(RuleId.REG_OVERLAP, path + ".validFrom", "validity " + row.validFrom() + ".." + show(row.validTo())
                        + " overlaps the existing interval " + other.validFrom() + ".." + show(other.validTo()) + " of " + row.code()));
            }
        }
        if (row.parentCode() != null) {
            coverage(row, row.parentCode(), register, k -> row.kind().allowsParent(k), RuleId.REG_PARENT, path + ".parentCode", "parent")
                    .ifPresent(errors::add);
        }
        if (row.supervisorCode() != null) {
            coverage(row, row.supervisorCode(), register, k -> row.kind().allowsSupervisor(k), RuleId.REG_SUPERVISOR, path + ".supervisorCode", "supervisor")
                    .ifPresent(errors::add);
            sameProvinceSupervisor(row, register, path).ifPresent(errors::add);
        }
        if (row.kind() == InstitutionKind.REGULATOR_SUB_BUREAU && !row.supervisorCode().equals(row.parentCode())) {
            errors.add(new FieldError(RuleId.REG_SUPERVISOR, path + ".supervisorCode", "a sub-bureau is supervised by its own bureau (its parent)"));
        }
        cycle(row, register, Institution::parentCode).ifPresent(c -> errors.add(
                new FieldError(RuleId.REG_CYCLE, path + ".parentCode", "the parent chain loops back: " + c)));
        cycle(row, register, Institution::supervisorCode).ifPresent(c -> errors.add(
                new FieldError(RuleId.REG_CYCLE, path + ".supervisorCode", "the supervisor chain loops back: " + c)));
        return errors;
    }

    /** The version of a code active on a date, if any. */
    public static Optional<Institution> activeOn(RegisterView register, String code, LocalDate date) {
        return register.versions(code).stream().filter(i -> i.activeOn(date)).findFirst();
    }

    /** The related code must exist, with an allowed kind, on every day of the row's validity. */
    private static Optional<FieldError> coverage(Institution row, String code, RegisterView register,
                                                 java.util.function.Predicate<InstitutionKind> allowed,
                                                 RuleId rule, String path, String role) {
        List<Institution> versions = register.versions(code).stream().sorted(Comparator.comparing(Institution::validFrom)).toList();
        if (versions.isEmpty()) {
            return Optional.of(new FieldError(rule, path, role + " '" + code + "' does not exist"));
        }
        LocalDate cursor = row.validFrom();
        while (!cursor.isAfter(row.lastDay())) {
            LocalDate day = cursor;
            Optional<Institution> active = versions.stream().filter(v -> v.activeOn(day)).findFirst();
            if (active.isEmpty()) {
                return Optional.of(new FieldError(rule, path, role + " '" + code + "' is not valid on " + day
                        + ", inside the validity of " + row.code()));
            }
            if (!allowed.test(active.get().kind())) {
                return Optional.of(new FieldError(rule, path, "a " + row.kind() + " cannot have the " + active.get().kind()
                        + " '" + code + "' as its " + role));
            }
            if (active.get().validTo() == null) {
                break;
            }
            cursor = active.get().validTo().plusDays(1);
        }
        return Optional.empty();
    }

    /** A grade-one branch is supervised by the bureau of its own province (Shenzhen's by Shenzhen's, and so on). */
    private static Optional<FieldError> sameProvinceSupervisor(Institution row, RegisterView register, String path) {
        if (row.kind() != InstitutionKind.BRANCH_GRADE_ONE) {
            return Optional.empty();
        }
        return activeOn(register, row.supervisorCode(), row.validFrom())
                .filter(s -> !Provinces.provinceOf(s.regionCode()).equals(Provinces.provinceOf(row.regionCode())))
                .map(s -> new FieldError(RuleId.REG_SUPERVISOR, path + ".supervisorCode", "a grade-one branch in region "
                        + row.regionCode() + " is supervised by the bureau of its province, not by " + s.code()));
    }

    private static Optional<String> cycle(Institution row, RegisterView register, Function<Institution, String> next) {
        Set<String> seen = new HashSet<>();
        List<String> chain = new ArrayList<>();
        String code = row.code();
        Institution current = row;
        while (current != null) {
            if (!seen.add(current.code())) {
                chain.add(current.code());
                return Optional.of(String.join(" -> ", chain));
            }
            chain.add(current.code());
            String up = next.apply(current);
            current = up == null ? null : activeOn(register, up, row.validFrom()).orElse(null);
            if (current != null && current.code().equals(code) && chain.size() > 1) {
                chain.add(code);
                return Optional.of(String.join(" -> ", chain));
            }
        }
        return Optional.empty();
    }

    private static String show(LocalDate d) {
        return d == null ? "open" : d.toString();
    }
}
