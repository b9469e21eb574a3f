package cn.npa.submission.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of deadline arithmetic that Art. 18 leaves to the supervisor. */
@ConfigMapping(prefix = "npa.deadlines")
public interface DeadlineConfig {

    /** Working days after detection within which a MAJOR_CHANGE report is "timely" (Art. 18 para. 2: 及时报告). */
    @WithDefault("5")
    int majorChangeWorkingDays();
}
