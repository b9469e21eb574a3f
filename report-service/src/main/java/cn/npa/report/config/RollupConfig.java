package cn.npa.report.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Rollup computation settings (docs/rollups.md). */
@ConfigMapping(prefix = "npa.rollups")
public interface RollupConfig {

    /** How many (period, basis) rollups each replica keeps computed in memory. */
    @WithDefault("4")
    int cachedRollups();

    /** How often the refresh job recomputes the rollups of periods whose inputs changed ("off" disables it). */
    @WithDefault("1s")
    String refreshEvery();
}
