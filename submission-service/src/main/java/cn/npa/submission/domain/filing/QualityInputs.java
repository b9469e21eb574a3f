package cn.npa.submission.domain.filing;

import java.math.BigDecimal;
import java.util.Map;

/**
 * What the quality rules compare a filing with, each optional: the previous period's latest accepted filing (Q1-Q3,
 * Q5), the sums of the children's filings for the same period (Q4), and the counterpart filing of Q6 (the quarterly
 * report of a quarter-end month, or the Q4 report of a year, or the other way round).
 */
public record QualityInputs(KeyFigures previous, Map<KeyFigure, BigDecimal> childrenSums, KeyFigures counterpart) {

    public static final QualityInputs NONE = new QualityInputs(null, Map.of(), null);

    /** The inputs from whole filings (tests, generators): only their key figures are kept. */
    public static QualityInputs ofFilings(Filing previous, Map<KeyFigure, BigDecimal> childrenSums, Filing counterpart) {
        return new QualityInputs(KeyFigures.of(previous), childrenSums, KeyFigures.of(counterpart));
    }

    public QualityInputs {
        childrenSums = childrenSums == null ? Map.of() : Map.copyOf(childrenSums);
    }
}
