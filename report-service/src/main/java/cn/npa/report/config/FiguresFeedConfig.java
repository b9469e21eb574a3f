package cn.npa.report.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The feed of rolled-up figures to the indicator service (docs/rollups.md, "Feed to the assessment engine"). */
@ConfigMapping(prefix = "npa.figures-feed")
public interface FiguresFeedConfig {

    /** How often owed periods are sent ("off" disables the job). */
    @WithDefault("10s")
    String every();

    /** A period is sent once no new input arrived for it for this many seconds (not after every batch of a wave). */
    @WithDefault("5")
    int quietSeconds();

    /** The longest wait between two tries of a period the indicator service did not take (doubling from 10 s). */
    @WithDefault("3600")
    int maxBackoffSeconds();
}
