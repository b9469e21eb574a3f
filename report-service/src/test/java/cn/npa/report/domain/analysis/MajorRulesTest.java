package cn.npa.report.domain.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The thresholds of an analysis document: major changes (Art. 8(1)) and major adjustments (§5), strict and exact. */
class MajorRulesTest {

    private final MajorChangeRule rule = new MajorChangeRule(new BigDecimal("0.10"), new BigDecimal("100000000"), new BigDecimal("0.02"));

    @Test
    @DisplayName("R4: a balance change is major above 10% of its base or above RMB 100 million, never at the bound")
    void r4MajorChangeThresholds() {
        assertTrue(rule.balance(d("100.00"), d("110.00")).isEmpty());
        assertEquals(Optional.of("change of 10.01% is more than 10.00%"), rule.balance(d("100.00"), d("110.01")));
        assertEquals(Optional.of("change of -20.00% is more than 10.00%"), rule.balance(d("100.00"), d("80.00")));
        assertTrue(rule.balance(d("10000000000.00"), d("10100000000.00")).isEmpty());
        assertTrue(rule.balance(d("10000000000.00"), d("10100000000.01")).isPresent());
        assertTrue(rule.balance(null, d("5.00")).isEmpty());
        assertTrue(rule.ratio(d("0.01"), d("0.03")).isEmpty());
        assertEquals(Optional.of("ratio moved by 2.01 pp, more than 2.00 pp"), rule.ratio(d("0.01"), d("0.0301")));
    }

    @Test
    @DisplayName("§5: an amendment is a major adjustment above 5% of the version it replaces, or moving away from 0")
    void majorAdjustmentThresholds() {
        List<Sections.MajorAdjustment> found = AnalysisBuilder.majorAdjustments(inputs(List.of(
                amendment("A", "100.00", "105.00"),     // exactly 5%: not major
                amendment("B", "100.00", "105.01"),     // above 5%
                amendment("C", "0.00", "0.01"),         // away from 0
                amendment("D", "100.00", "94.99"))));   // a fall counts too
        assertEquals(List.of("B", "C", "D"), found.stream().map(Sections.MajorAdjustment::institutionCode).toList());
        assertEquals(List.of("2050-10/B#v1", "2050-10/B"), found.get(0).trace());
    }

    private static AnalysisInputs.Amendment amendment(String unit, String before, String after) {
        return new AnalysisInputs.Amendment(unit, "BRANCH_MONTHLY_NPL", "2050-10", 1, 2, "2050-10/" + unit + "#v1", "2050-10/" + unit,
                d(before), d(after), null, null);
    }

    private static AnalysisInputs inputs(List<AnalysisInputs.Amendment> amendments) {
        return new AnalysisInputs(ReportKind.MONTHLY_NPL_ANALYSIS, new AnalysisDocument.Subject("X", "X", "BRANCH"), "2050-10",
                "2050-09", "2049-12", "2050-11", 0, null, 0, false, Optional.empty(), Optional.empty(), Optional.empty(), null,
                Map.of(), null, 10, Map.of(), Map.of(), List.of(), List.of(), amendments, Map.of());
    }

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }
}
