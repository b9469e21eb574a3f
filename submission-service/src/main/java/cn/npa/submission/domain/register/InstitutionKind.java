package cn.npa.submission.domain.register;

import java.util.Set;

/** The kinds of institution of domain spec section 1, with the parent and supervisor kinds each may have. */
public enum InstitutionKind {
    REGULATOR_NATIONAL(Set.of(), Set.of()),
    REGULATOR_BUREAU(Set.of("REGULATOR_NATIONAL"), Set.of("REGULATOR_NATIONAL")),
    REGULATOR_SUB_BUREAU(Set.of("REGULATOR_BUREAU"), Set.of("REGULATOR_BUREAU")),
    BANK_HEAD_OFFICE(Set.of(), Set.of("REGULATOR_NATIONAL", "REGULATOR_BUREAU")),
    BRANCH_GRADE_ONE(Set.of("BANK_HEAD_OFFICE"), Set.of("REGULATOR_BUREAU")),
    BRANCH(Set.of("BRANCH_GRADE_ONE"), Set.of("REGULATOR_BUREAU", "REGULATOR_SUB_BUREAU")),
    SUB_BRANCH(Set.of("BRANCH", "BRANCH_GRADE_ONE"), Set.of("REGULATOR_BUREAU", "REGULATOR_SUB_BUREAU"));

    private final Set<String> parentKinds;
    private final Set<String> supervisorKinds;

    InstitutionKind(Set<String> parentKinds, Set<String> supervisorKinds) {
        this.parentKinds = parentKinds;
        this.supervisorKinds = supervisorKinds;
    }

    public boolean isRegulator() {
        return name().startsWith("REGULATOR_");
    }

    public boolean isBank() {
        return !isRegulator();
    }

    /** Whether this kind has a parent at all (head offices and the CBRC have none). */
    public boolean hasParent() {
        return !parentKinds.isEmpty();
    }

    /** Whether this kind has a supervisor at all (only the CBRC has none). */
    public boolean hasSupervisor() {
        return !supervisorKinds.isEmpty();
    }

    public boolean allowsParent(InstitutionKind kind) {
        return parentKinds.contains(kind.name());
    }

    public boolean allowsSupervisor(InstitutionKind kind) {
        return supervisorKinds.contains(kind.name());
    }

    public Set<String> parentKinds() {
        return parentKinds;
    }

    public Set<String> supervisorKinds() {
        return supervisorKinds;
    }
}
