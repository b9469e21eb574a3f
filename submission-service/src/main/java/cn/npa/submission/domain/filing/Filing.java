package cn.npa.submission.domain.filing;

/**
 * One filed report (domain spec section 3). Sections a report type does not carry are {@code null}.
 * A filing read from bad input may hold {@code null} values where the input was unusable; those places are
 * already reported, and the checks skip them rather than report a second, derived problem.
 */
public record Filing(FilingHeader header, LoanSection loans, NonCreditSection nonCredit,
                     OffBalanceSheetSection offBalanceSheet, Narrative narrative) {
}
