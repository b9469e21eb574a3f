package cn.npa.indicator.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import cn.npa.indicator.domain.keylist.Flag;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A K4 flag with its history: set (by whom, when, why) and, once lifted, lifted (by whom, when, why). */
public record SupervisorFlagView(long id, String unitCode, String reason, LocalDate flaggedOn, boolean active, List<String> regulatorPath,
                                 String setBy, String setByInstitution, OffsetDateTime setAt, @Schema(nullable = true, implementation = String.class, format = "date-time") OffsetDateTime liftedAt, @Schema(nullable = true) String liftedBy,
                                 @Schema(nullable = true) String liftReason) {

    public static SupervisorFlagView of(Flag f) {
        return new SupervisorFlagView(f.id(), f.unitCode(), f.reason(), f.flaggedOn(), f.isActive(), f.regulatorPath(), f.setBy(),
                f.setByInstitution(), f.setAt(), f.liftedAt(), f.liftedBy(), f.liftReason());
    }
}
