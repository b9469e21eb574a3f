package cn.npa.submission.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of report intake. */
@ConfigMapping(prefix = "npa.intake")
public interface IntakeConfig {

    /** Largest report body accepted, in bytes (2 MB); larger bodies answer 413 before any parsing. */
    @WithDefault("2097152")
    int maxBodyBytes();
}
