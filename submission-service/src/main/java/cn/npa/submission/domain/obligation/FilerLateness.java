package cn.npa.submission.domain.obligation;

/** One lateness line per filer (Art. 20, 23). {@code totalDaysLate} counts late originals and overdue days at "now". */
public record FilerLateness(String institutionCode, int obligations, int onTime, int late, int overdue, int waived, int open,
                            int totalDaysLate, int amendmentsLate) {
}
