package cn.npa.submission.domain.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** When a filing is late (D1), and the obligation state function (D4, D6). */
class LatenessTest {

    /** Q3 2026 quarterly: due Tuesday 2026-10-20. */
    private static final Deadline Q3 = new Deadline(LocalDate.of(2026, 10, 20), LocalDate.of(2026, 10, 20), Deadline.Source.ART_18);

    private static Instant shanghai(String local) {
        return OffsetDateTime.parse(local + "+08:00").toInstant();
    }

    @Test
    void dueInstantIsEndOfDayShanghai_D1() {
        assertEquals(Instant.parse("2026-10-20T16:00:00Z"), Q3.lateFrom());
        assertTrue(Q3.isOnTime(shanghai("2026-10-20T23:59:59")));
        assertTrue(Q3.isOnTime(shanghai("2026-10-20T23:59:59.999")));
        assertFalse(Q3.isOnTime(shanghai("2026-10-21T00:00:00")));
        assertEquals(DeadlineStatus.onTime(), Q3.timeliness(shanghai("2026-10-20T23:59:59")));
        assertEquals(DeadlineStatus.late(1), Q3.timeliness(shanghai("2026-10-21T00:00:00")));
    }

    @Test
    void utcDateDoesNotDecide_D1() {
        // 15:59:59Z is 23:59:59 in Shanghai: on time, although a UTC reader would say the same day either way.
        assertTrue(Q3.isOnTime(Instant.parse("2026-10-20T15:59:59Z")));
        // 16:00Z on the 20th UTC is already 00:00 on the 21st in Shanghai: late.
        assertFalse(Q3.isOnTime(Instant.parse("2026-10-20T16:00:00Z")));
    }

    @Test
    void daysLateAreCalendarDaysToTheShanghaiFilingDate_D1() {
        assertEquals(1, Q3.daysLate(shanghai("2026-10-21T23:59:59")));
        assertEquals(5, Q3.daysLate(shanghai("2026-10-25T08:00:00")));
        assertEquals(0, Q3.daysLate(shanghai("2026-10-01T08:00:00")));
    }

    @Test
    void obligationIsOpenUntilTheDueDayEndsThenOverdue_D4() {
        Optional<Deadline> d = Optional.of(Q3);
        assertEquals(DeadlineStatus.open(), ObligationState.of(d, List.of(), false, shanghai("2026-10-20T23:59:59")));
        assertEquals(DeadlineStatus.overdue(1), ObligationState.of(d, List.of(), false, shanghai("2026-10-21T00:00:00")));
        assertEquals(DeadlineStatus.overdue(10), ObligationState.of(d, List.of(), false, shanghai("2026-10-30T12:00:00")));
    }

    @Test
    void filedObligationsAreOnTimeOrLate_D4() {
        Optional<Deadline> d = Optional.of(Q3);
        Instant later = shanghai("2026-11-30T09:00:00");
        assertEquals(DeadlineStatus.onTime(), ObligationState.of(d, List.of(shanghai("2026-10-19T10:00:00")), false, later));
        assertEquals(DeadlineStatus.late(3), ObligationState.of(d, List.of(shanghai("2026-10-23T10:00:00")), false, later));
    }

    @Test
    void waiverWinsOverEverything_D4() {
        Optional<Deadline> d = Optional.of(Q3);
        Instant later = shanghai("2026-11-30T09:00:00");
        assertEquals(DeadlineStatus.waived(), ObligationState.of(d, List.of(), true, later));
        assertEquals(DeadlineStatus.waived(), ObligationState.of(d, List.of(shanghai("2026-10-23T10:00:00")), true, later));
    }

    @Test
    void lateAmendmentDoesNotMakeOnTimeOriginalLate_D6() {
        Instant original = shanghai("2026-10-20T18:00:00");
        Instant amendment = shanghai("2026-11-02T09:00:00");
        assertEquals(DeadlineStatus.onTime(),
                ObligationState.of(Optional.of(Q3), List.of(amendment, original), false, shanghai("2026-11-30T00:00:00")));
        assertEquals(DeadlineStatus.late(13), Q3.timeliness(amendment), "the amendment itself is recorded late");
    }

    @Test
    void branchReportWithoutBureauRuleIsNeverOverdue_D3() {
        assertEquals(DeadlineStatus.open(), ObligationState.of(Optional.empty(), List.of(), false, shanghai("2030-01-01T00:00:00")));
        assertEquals(DeadlineStatus.onTime(),
                ObligationState.of(Optional.empty(), List.of(shanghai("2030-01-01T00:00:00")), false, shanghai("2030-01-02T00:00:00")));
    }
}
