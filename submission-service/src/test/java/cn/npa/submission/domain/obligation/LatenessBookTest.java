package cn.npa.submission.domain.obligation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.npa.submission.domain.deadline.Deadline;
import cn.npa.submission.domain.deadline.DeadlineStatus;
import cn.npa.submission.domain.deadline.ObligationStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a filing does to its obligation, and what the overdue job records (D4, D5, D6). */
class LatenessBookTest {

    private static final Deadline DUE = new Deadline(LocalDate.of(2026, 10, 20), LocalDate.of(2026, 10, 20), Deadline.Source.ART_18);

    private static Instant shanghai(String local) {
        return OffsetDateTime.parse(local + "+08:00").toInstant();
    }

    @Test
    void theFirstFilingDecides_D4() {
        LatenessBook.Outcome onTime = LatenessBook.onFiling(ObligationStatus.OPEN, 0, false, DUE, shanghai("2026-10-20T23:59:59"));
        assertTrue(onTime.original());
        assertEquals(DeadlineStatus.onTime(), onTime.status());
        assertEquals(Optional.empty(), onTime.record());
        LatenessBook.Outcome late = LatenessBook.onFiling(ObligationStatus.OPEN, 0, false, DUE, shanghai("2026-10-23T09:00:00"));
        assertEquals(DeadlineStatus.late(3), late.status());
        assertEquals(Optional.of(LatenessKind.ORIGINAL_LATE), late.record());
    }

    @Test
    void aFilingAfterOverdueTurnsItIntoSubmittedLate_D5() {
        LatenessBook.Outcome o = LatenessBook.onFiling(ObligationStatus.OVERDUE, 1, false, DUE, shanghai("2026-10-30T10:00:00"));
        assertEquals(DeadlineStatus.late(10), o.status());
        assertEquals(Optional.of(LatenessKind.ORIGINAL_LATE), o.record());
    }

    @Test
    void aLateAmendmentIsRecordedButLeavesAnOnTimeOriginalOnTime_D6() {
        LatenessBook.Outcome o = LatenessBook.onFiling(ObligationStatus.SUBMITTED_ON_TIME, 0, true, DUE, shanghai("2026-11-02T10:00:00"));
        assertFalse(o.original());
        assertEquals(DeadlineStatus.onTime(), o.status());
        assertEquals(DeadlineStatus.late(13), o.filing());
        assertEquals(Optional.of(LatenessKind.AMENDMENT_LATE), o.record());
        LatenessBook.Outcome early = LatenessBook.onFiling(ObligationStatus.SUBMITTED_ON_TIME, 0, true, DUE, shanghai("2026-10-19T10:00:00"));
        assertEquals(Optional.empty(), early.record());
    }

    @Test
    void aWaiverStaysAWaiverButTheLateFilingIsStillRecorded_D4() {
        LatenessBook.Outcome o = LatenessBook.onFiling(ObligationStatus.WAIVED, 0, false, DUE, shanghai("2026-10-25T10:00:00"));
        assertEquals(DeadlineStatus.waived(), o.status());
        assertEquals(DeadlineStatus.late(5), o.filing());
        assertEquals(Optional.of(LatenessKind.ORIGINAL_LATE), o.record());
    }

    @Test
    void overdueFromMidnightAfterTheDueDay_D5() {
        assertEquals(Optional.empty(), LatenessBook.overdueAt(DUE, shanghai("2026-10-20T23:59:59")));
        assertEquals(Optional.of(DeadlineStatus.overdue(1)), LatenessBook.overdueAt(DUE, shanghai("2026-10-21T00:00:00")));
    }
}
