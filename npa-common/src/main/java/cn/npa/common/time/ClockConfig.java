package cn.npa.common.time;

import io.smallrye.config.ConfigMapping;
import java.time.LocalDateTime;
import java.util.Optional;

/** Settings of the platform's clock. */
@ConfigMapping(prefix = "npa.clock")
public interface ClockConfig {

    /**
     * A Shanghai local date-time the clock starts at, running on from there ({@code 2026-12-16T09:00}): for rehearsals
     * and "what would this say on the 16th?". Unset (the default and the only sane production value): real time.
     */
    Optional<LocalDateTime> start();
}
