package cn.npa.common.time;

import java.time.Clock;

/**
 * The system clock, read in one place. Only two things may use it directly: the {@link ClockProducer} (which starts the
 * platform's clock from it) and token lifetimes, which the JWT library checks against real time and a cache of verified
 * tokens must not judge more leniently. Everything else takes the injected {@link Clock}.
 */
public final class RealTime {

    public static final Clock CLOCK = Clock.systemUTC();

    private RealTime() {
    }
}
