package cn.npa.indicator.domain.keylist;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A supervisor's flag on a unit (K4) with its history: who set it, when, why; and, once lifted, who lifted it, when
 * and why. {@code regulatorPath} lists the regulators above the unit when it was flagged (its supervisor first).
 */
public record Flag(long id, String unitCode, String reason, LocalDate flaggedOn, List<String> regulatorPath, String setBy,
                   String setByInstitution, OffsetDateTime setAt, OffsetDateTime liftedAt, String liftedBy, String liftReason) {

    public Flag {
        regulatorPath = List.copyOf(regulatorPath);
    }

    public boolean isActive() {
        return liftedAt == null;
    }

    /** Whether the flag was in force at an instant: set at or before it and not lifted by then. */
    public boolean inForceAt(OffsetDateTime at) {
        return !setAt.isAfter(at) && (liftedAt == null || liftedAt.isAfter(at));
    }

    public SupervisorFlag toSupervisorFlag() {
        return new SupervisorFlag(unitCode, reason, flaggedOn);
    }
}
