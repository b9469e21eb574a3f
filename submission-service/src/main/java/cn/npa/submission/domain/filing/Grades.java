package cn.npa.submission.domain.filing;

import java.math.BigDecimal;

/** Loans by the five-grade classification (Art. 4); NPL is substandard + doubtful + loss. */
public record Grades(BigDecimal pass, BigDecimal specialMention, BigDecimal substandard, BigDecimal doubtful,
                     BigDecimal loss) {

    /** Sum of the five grades, or {@code null} when one of them is unknown. */
    public BigDecimal total() {
        return Sums.of(pass, specialMention, substandard, doubtful, loss);
    }

    /** Non-performing loans, or {@code null} when one of the three grades is unknown. */
    public BigDecimal npl() {
        return Sums.of(substandard, doubtful, loss);
    }
}
