package cn.npa.indicator.domain.keylist;

import java.time.LocalDate;
import java.util.Objects;

/** An active supervisor's flag on a branch (K4): disordered off-balance-sheet management or a violation. */
public record SupervisorFlag(String unitCode, String reason, LocalDate flaggedOn) {

    public SupervisorFlag {
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(flaggedOn, "flaggedOn");
    }
}
