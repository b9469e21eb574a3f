package cn.npa.submission.domain.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.npa.common.problem.FieldError;
import cn.npa.submission.domain.deadline.CalendarDraft.DayDraft;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every problem of a year's schedule is found at once, with its JSON path and rule id. */
class CalendarParserTest {

    @Test
    void acceptsAGoodYear() {
        CalendarParser.Parsed p = CalendarParser.parse(2026, new CalendarDraft(
                List.of(new DayDraft("2026-10-01", "National Day"), new DayDraft("2026-10-03", "National Day")),
                List.of(new DayDraft("2026-10-10", " National Day make-up "))));
        assertTrue(p.errors().isEmpty(), p.errors().toString());
        assertEquals(2, p.year().holidays().size());
        assertEquals("National Day make-up", p.year().makeUpWorkdays().get(0).name());
    }

    @Test
    void listsEveryBadEntry() {
        CalendarParser.Parsed p = CalendarParser.parse(2026, new CalendarDraft(
                Arrays.asList(new DayDraft("2026-10-01", null), new DayDraft("2026-02-30", null), new DayDraft("2025-12-31", null),
                        null, new DayDraft("2026-10-01", null), new DayDraft("2026-10-10", null), new DayDraft(null, null)),
                List.of(new DayDraft("2026-10-13", "a Tuesday"), new DayDraft("2026-10-10", null), new DayDraft("2027-01-02", null))));
        assertNull(p.year());
        List<String> found = p.errors().stream().map(e -> e.rule() + " " + e.path()).toList();
        assertEquals(List.of(
                "CAL-DATE $.holidays[1].date",
                "CAL-YEAR $.holidays[2].date",
                "CAL-REQUIRED $.holidays[3]",
                "CAL-DUPLICATE $.holidays[4].date",
                "CAL-REQUIRED $.holidays[6].date",
                "CAL-MAKEUP-WEEKEND $.makeUpWorkdays[0].date",
                "CAL-BOTH $.makeUpWorkdays[1].date",
                "CAL-YEAR $.makeUpWorkdays[2].date"), found);
        FieldError tuesday = p.errors().get(5);
        assertTrue(tuesday.message().contains("Tuesday"), tuesday.message());
    }

    @Test
    void bothListsAreRequired() {
        CalendarParser.Parsed p = CalendarParser.parse(2026, new CalendarDraft(null, List.of()));
        assertEquals(List.of(new FieldError("CAL-REQUIRED", "$.holidays", "holidays is required (send [] for none)")), p.errors());
    }
}
