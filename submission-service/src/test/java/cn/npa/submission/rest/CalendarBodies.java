package cn.npa.submission.rest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds calendar request bodies: the 2026 schedule (State Council notice of Nov 2025) as test data. */
final class CalendarBodies {

    private CalendarBodies() {
    }

    static Map<String, Object> china2026() {
        List<Map<String, String>> holidays = new ArrayList<>();
        range(holidays, "New Year's Day", "2026-01-01", "2026-01-03");
        range(holidays, "Spring Festival", "2026-02-15", "2026-02-23");
        range(holidays, "Qingming", "2026-04-04", "2026-04-06");
        range(holidays, "Labour Day", "2026-05-01", "2026-05-05");
        range(holidays, "Dragon Boat", "2026-06-19", "2026-06-21");
        range(holidays, "Mid-Autumn", "2026-09-25", "2026-09-27");
        range(holidays, "National Day", "2026-10-01", "2026-10-07");
        List<Map<String, String>> makeUp = new ArrayList<>();
        for (String d : List.of("2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10")) {
            makeUp.add(Map.of("date", d, "name", "make-up workday"));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("holidays", holidays);
        body.put("makeUpWorkdays", makeUp);
        return body;
    }

    private static void range(List<Map<String, String>> out, String name, String from, String to) {
        for (LocalDate d = LocalDate.parse(from); !d.isAfter(LocalDate.parse(to)); d = d.plusDays(1)) {
            out.add(Map.of("date", d.toString(), "name", name));
        }
    }
}
