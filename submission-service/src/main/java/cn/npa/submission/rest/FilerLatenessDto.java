package cn.npa.submission.rest;

import cn.npa.submission.domain.obligation.FilerLateness;

/**
 * One filer's record for a year (Art. 20, 23): obligations by outcome, total days late (late originals plus overdue
 * days so far) and the number of amendments filed late.
 */
public record FilerLatenessDto(String institutionCode, int obligations, int onTime, int late, int overdue, int waived, int open,
                               int totalDaysLate, int amendmentsLate) {

    public static FilerLatenessDto of(FilerLateness f) {
        return new FilerLatenessDto(f.institutionCode(), f.obligations(), f.onTime(), f.late(), f.overdue(), f.waived(), f.open(),
                f.totalDaysLate(), f.amendmentsLate());
    }
}
