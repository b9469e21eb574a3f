package cn.npa.submission.domain.filing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.npa.datagen.FilingGenerator;
import cn.npa.datagen.InstitutionRow;
import cn.npa.datagen.RegisterGenerator;
import cn.npa.datagen.RegisterScale;
import cn.npa.datagen.Shape;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** npa-datagen's filings pass the real reader and validator (V1-V7) and raise no quality finding across a history. */
class GeneratedFilingsTest {

    private static final long SEED = 2004;
    private static final List<InstitutionRow> REGISTER = RegisterGenerator.generate(SEED, RegisterScale.DEMO);

    private static List<InstitutionRow> headOffices() {
        return REGISTER.stream().filter(r -> r.kind().equals("BANK_HEAD_OFFICE")).toList();
    }

    /** Every kind of branch unit of two banks: grade-one branches, branches and sub-branches. */
    private static List<InstitutionRow> branches() {
        return REGISTER.stream().filter(r -> r.code().startsWith("LC0001-") || r.code().startsWith("RC0001-")).toList();
    }

    private static Filing valid(String json) {
        ReadResult r = FilingValidator.readAndValidate(json, FilerCheck.NONE);
        assertEquals(List.of(), r.errors(), json);
        assertTrue(r.ok());
        return r.filing();
    }

    @Test
    void everyGeneratedFilingIsValid_V1_V7() {
        List<InstitutionRow> filers = new ArrayList<>(headOffices());
        filers.addAll(branches());
        for (InstitutionRow filer : filers) {
            FilingGenerator.history(filer, "2025-09", "2026-10", SEED).forEach(GeneratedFilingsTest::valid);
            for (String q : List.of("2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3")) {
                Filing f = valid(FilingGenerator.quarterly(filer, q, SEED));
                assertTrue(f.header().reportType().endsWith("_QUARTERLY_NPA"));
            }
        }
    }

    @Test
    void theBenchmarkShapeIsValid_36Regions20Industries30Clients() {
        for (InstitutionRow bank : headOffices()) {
            Filing f = valid(FilingGenerator.monthly(bank, "2026-10", SEED, Shape.FULL));
            assertEquals(36, f.loans().byRegion().size());
            assertEquals(20, f.loans().byIndustry().size());
            assertEquals(30, f.loans().clients().size());
            valid(FilingGenerator.quarterly(bank, "2026-Q3", SEED, Shape.FULL));
        }
    }

    @Test
    void aHistoryRaisesNoQualityFinding_Q1_Q2_Q3_Q5_Q6() {
        List<InstitutionRow> filers = new ArrayList<>(headOffices());
        filers.addAll(branches().subList(0, 3));
        for (InstitutionRow filer : filers) {
            List<String> months = FilingGenerator.history(filer, "2025-09", "2026-10", SEED);
            Filing previous = null;
            Filing previousQuarter = null;
            YearMonth m = YearMonth.of(2025, 9);
            for (String json : months) {
                Filing current = valid(json);
                Filing quarter = null;
                if (m.getMonthValue() % 3 == 0) {
                    quarter = valid(FilingGenerator.quarterly(filer, m.getYear() + "-Q" + m.getMonthValue() / 3, SEED));
                    assertEquals(List.of(), QualityRules.check(quarter, QualityInputs.ofFilings(previousQuarter, Map.of(), current)),
                            filer.code() + " quarter of " + m);
                }
                assertEquals(List.of(), QualityRules.check(current, QualityInputs.ofFilings(previous, Map.of(), quarter)),
                        filer.code() + " " + m);
                previous = current;
                previousQuarter = quarter == null ? previousQuarter : quarter;
                m = m.plusMonths(1);
            }
        }
    }

    @Test
    void aDeterioratingBankShowsAVisibleRiseOrFallWithoutWarnings() {
        InstitutionRow stressed = headOffices().stream().filter(b -> FilingGenerator.deteriorates(b, SEED)).findFirst().orElseThrow();
        List<Filing> months = FilingGenerator.history(stressed, "2025-01", "2026-12", SEED).stream()
                .map(GeneratedFilingsTest::valid).toList();
        double min = months.stream().mapToDouble(GeneratedFilingsTest::ratio).min().orElseThrow();
        double max = months.stream().mapToDouble(GeneratedFilingsTest::ratio).max().orElseThrow();
        assertTrue(max - min > 0.015, stressed.code() + " NPL ratio from " + min + " to " + max);
    }

    @Test
    void aTamperedFilingIsRejected_soTheChecksAreNotVacuous() {
        String json = FilingGenerator.monthly(headOffices().get(0), "2026-10", SEED);
        String tampered = json.replaceFirst("\"totalLoans\":(\\d+)", "\"totalLoans\":$1" + "1");
        List<String> rules = FilingValidator.readAndValidate(tampered, FilerCheck.NONE).errors().stream()
                .map(cn.npa.common.problem.FieldError::rule).toList();
        assertEquals(List.of("V2"), rules);
    }

    private static double ratio(Filing f) {
        return KeyFigure.NPL.of(f).doubleValue() / KeyFigure.TOTAL_LOANS.of(f).doubleValue();
    }
}
