package cn.npa.submission.domain.filing;

/** The non-credit amounts of one category. */
public record NonCreditLine(NonCreditCategory category, NonCreditAmounts amounts) {
}
