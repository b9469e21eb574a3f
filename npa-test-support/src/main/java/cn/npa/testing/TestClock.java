package cn.npa.testing;

import cn.npa.common.time.Shanghai;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * The clock of the services under test, replacing the platform's one {@link Clock} bean. It runs on from a start the
 * build chooses: the system property {@value #PROPERTY} (a Shanghai local date-time such as {@code 2031-06-01T12:00}),
 * or real time without it, so the whole suite can be run on any day to prove that no test depends on the day it runs.
 * A test that needs a date sets it ({@link #setTo}, {@link #freezeAt}) and puts the clock back ({@link #reset}) after.
 */
@Singleton
public class TestClock extends Clock {

    public static final String PROPERTY = "npa.test.clock";
    private static final Clock REAL = Clock.system(Shanghai.ZONE);

    private volatile Clock current;

    public TestClock() {
        reset();
    }

    /** Where this build starts every test's clock: the property's date-time, or now. */
    public static Clock started() {
        String start = System.getProperty(PROPERTY, "").strip();
        return start.isEmpty() ? REAL : runningFrom(LocalDateTime.parse(start));
    }

    /** Back to the build's start (the property, or real time). */
    public TestClock reset() {
        current = started();
        return this;
    }

    /** The clock shows this Shanghai date-time now and runs on from it (jobs, leases and retries see time pass). */
    public TestClock setTo(LocalDateTime shanghai) {
        current = runningFrom(shanghai);
        return this;
    }

    /** The clock stands still at this Shanghai date-time, for tests of an exact instant (23:59:59 against 24:00). */
    public TestClock freezeAt(LocalDateTime shanghai) {
        current = Clock.fixed(shanghai.atZone(Shanghai.ZONE).toInstant(), Shanghai.ZONE);
        return this;
    }

    private static Clock runningFrom(LocalDateTime shanghai) {
        return Clock.offset(REAL, Duration.between(REAL.instant(), shanghai.atZone(Shanghai.ZONE).toInstant()));
    }

    @Override
    public Instant instant() {
        return current.instant();
    }

    @Override
    public ZoneId getZone() {
        return Shanghai.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        TestClock source = this;
        return zone.equals(Shanghai.ZONE) ? this : new Clock() {
            @Override
            public Instant instant() {
                return source.instant();
            }

            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return source.withZone(other);
            }
        };
    }
}
