package cn.npa.report.domain.rollup;

import java.math.BigDecimal;
import java.util.Map;

/** Who is expected to file for the period (with the obligation status) and each unit's previous-period total loans. */
public record Expectations(Map<String, ObligationStatus> expected, Map<String, BigDecimal> previousTotalLoans) {

    public Expectations {
        expected = Map.copyOf(expected);
        previousTotalLoans = Map.copyOf(previousTotalLoans);
    }

    /** Expected and not waived: a waived unit owes nothing, so its absence makes nothing provisional. */
    public boolean owes(String code) {
        ObligationStatus s = expected.get(code);
        return s != null && s != ObligationStatus.WAIVED;
    }

    public ObligationStatus status(String code) {
        return expected.get(code);
    }
}
