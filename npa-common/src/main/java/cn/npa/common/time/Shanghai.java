package cn.npa.common.time;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** The regulation's zone: dates and deadlines are read in Asia/Shanghai, whatever the server's zone. */
public final class Shanghai {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private Shanghai() {
    }

    /** Today in Shanghai by the given clock (the platform's one {@link Clock}). */
    public static LocalDate today(Clock clock) {
        return clock.instant().atZone(ZONE).toLocalDate();
    }

    /** The given date, or today in Shanghai by the clock when none was given. */
    public static LocalDate orToday(LocalDate date, Clock clock) {
        return date == null ? today(clock) : date;
    }
}
