package cn.npa.common.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Produces the one {@link Clock} (zone Asia/Shanghai) every service, job and repository reads time from, so every
 * deadline, lateness and "previous period" answer can be reproduced for any date. Tests replace it with their own bean.
 */
@ApplicationScoped
public class ClockProducer {

    private static final Logger LOG = Logger.getLogger(ClockProducer.class);

    @Produces
    @Singleton
    @DefaultBean
    Clock clock(ClockConfig config) {
        Clock real = RealTime.CLOCK.withZone(Shanghai.ZONE);
        return config.start().map(start -> {
            Duration shift = Duration.between(real.instant(), start.atZone(Shanghai.ZONE).toInstant());
            LOG.warnf("The platform's clock starts at %s Shanghai (npa.clock.start), %s from real time", start, shift);
            return Clock.offset(real, shift);
        }).orElse(real);
    }
}
