package cn.npa.common.time;

import java.time.LocalDate;
import java.time.ZoneId;

/** The regulation's clock: dates and deadlines are read in Asia/Shanghai, whatever the server's zone. */
public final class Shanghai {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private Shanghai() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /** The given date, or today in Shanghai when none was given. */
    public static LocalDate orToday(LocalDate date) {
        return date == null ? today() : date;
    }
}
