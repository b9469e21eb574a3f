package cn.npa.report.rest.analysis;

import static cn.npa.report.rest.analysis.ReportResourceTest.assertAmount;
import static cn.npa.report.rest.analysis.ReportResourceTest.get;
import static cn.npa.report.rest.analysis.ReportResourceTest.json;
import static cn.npa.report.rest.rollup.SmallRegister.CB;
import static cn.npa.report.rest.rollup.SmallRegister.GD;
import static cn.npa.report.rest.rollup.SmallRegister.LA_GD;
import static cn.npa.report.rest.rollup.SmallRegister.SZ1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.npa.report.domain.period.RollupPeriod;
import cn.npa.report.rest.rollup.RollupResourceTest;
import cn.npa.report.rest.rollup.SmallRegister;
import cn.npa.report.service.analysis.AnalysisRefresher;
import cn.npa.report.service.rollup.RollupsRefreshed;
import cn.npa.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The quarterly NPA analysis (Art. 8, 9, 10) of a bureau, numbers checked by hand; built ahead of readers on refresh. */
@QuarkusTest
class QuarterlyReportTest {

    private static final String BRANCH = "BRANCH_QUARTERLY_NPA";
    private static final String BANK = "BANK_QUARTERLY_NPA";

    @Inject
    AnalysisRefresher refresher;

    @Test
    @DisplayName("R4: the quarterly NPA analysis adds non-credit assets and off-balance-sheet business, from the right figures")
    void r4QuarterlyAnalysisOfABureau() {
        String period = "2055-Q3";
        String previous = "2055-Q2";
        RollupResourceTest.register(period, SmallRegister.rows());
        RollupResourceTest.register(previous, SmallRegister.rows());
        Filings.send(List.of(
                Filings.loans(SZ1, BRANCH, previous, "1000.00", "10.00").nonCredit("500.00", "40.00", "15.00", "0.00", "0.00")
                        .offBalanceSheet("200.00", "20.00", "5.00").event("S-" + previous + "-1", 1),
                Filings.loans(CB, BANK, previous, "8000.00", "80.00").nonCredit("1000.00", "100.00", "40.00", "0.00", "0.00")
                        .offBalanceSheet("600.00", "25.00", "5.00").event("S-" + previous + "-4", 1),
                Filings.loans(SZ1, BRANCH, period, "1000.00", "10.00").nonCredit("500.00", "50.00", "20.00", "5.00", "8.00")
                        .offBalanceSheet("300.00", "30.00", "10.00").narrative("Receivables went bad", "Supplier default", "5.00",
                                "Chase receivables", null).event("S-" + period + "-1", 1),
                Filings.loans(CB, BANK, period, "8000.00", "80.00").nonCredit("1000.00", "100.00", "40.00", "10.00", "20.00")
                        .offBalanceSheet("600.00", "20.00", "5.00").event("S-" + period + "-4", 1),
                Filings.words(GD, "BUREAU_QUARTERLY_ASSESSMENT", period, "Advances rose", "Watch acceptances").event("S-" + period + "-GD", 1)));

        // the refresh builds the regulators' documents ahead of readers: the CBRC and both bureaus
        assertEquals(3, refresher.refresh(new RollupsRefreshed(RollupPeriod.parse(period).orElseThrow())));
        Response r = get(TestTokens.bureau(GD), GD, period, null);
        assertEquals(r.header("X-Report-Build"), get(TestTokens.bureau(GD), GD, period, "quarterly-npa").header("X-Report-Build"));
        JsonPath doc = json(r.asString());
        assertEquals("QUARTERLY_NPA_ANALYSIS", doc.getString("kind"));
        assertEquals("2054-Q4", doc.getString("yearStartPeriod"));
        // loans as in the monthly: 9,000 with NPL 90
        assertAmount("90.00", doc.get("basicFigures.figures.find { it.figure == 'NPL' }.current"));
        // Art. 9: NPA 50 + 100 = 150 against 40 + 100 = 140; losses 20 + 40 = 60; disposed 5 + 10; new 8 + 20
        assertAmount("150.00", doc.get("nonCredit.figures.find { it.figure == 'NON_CREDIT_NPA' }.current"));
        assertAmount("10.00", doc.get("nonCredit.figures.find { it.figure == 'NON_CREDIT_NPA' }.changeVsPrevious"));
        assertAmount("60.00", doc.get("nonCredit.figures.find { it.figure == 'NON_CREDIT_ESTIMATED_LOSS' }.current"));
        assertAmount("0.04", doc.get("nonCredit.figures.find { it.figure == 'ESTIMATED_LOSS_RATIO' }.current"));
        assertAmount("1500.00", doc.get("nonCredit.byCategory.find { it.category == 'RECEIVABLES' }.assets"));
        assertAmount("140.00", doc.get("nonCredit.byCategory.find { it.category == 'RECEIVABLES' }.previousNpa"));
        assertAmount("15.00", doc.get("nonCredit.disposedInPeriod"));
        assertAmount("28.00", doc.get("nonCredit.newInPeriod"));
        assertEquals(LA_GD, doc.getString("nonCredit.branchesByNpa[0].code"));
        assertAmount("50.00", doc.get("nonCredit.branchesByNpa[0].value"));
        // Art. 10: outstanding 900 against 800; advances 50 against 45, rising in bank acceptances
        assertAmount("900.00", doc.get("offBalanceSheet.figures.find { it.figure == 'OBS_OUTSTANDING' }.current"));
        assertAmount("45.00", doc.get("offBalanceSheet.figures.find { it.figure == 'OBS_ADVANCES' }.previous"));
        assertEquals(List.of("BANK_ACCEPTANCE"), doc.getList("offBalanceSheet.risingAdvances"));
        assertTrue(doc.getBoolean("offBalanceSheet.byBusinessType[0].advancesRising"));
        // the Guangdong branch grew its OBS book from 200 to 300: +50%
        assertEquals(LA_GD, doc.getString("offBalanceSheet.branchesByGrowth[0].code"));
        assertAmount("0.5", doc.get("offBalanceSheet.branchesByGrowth[0].value"));
        assertAmount("30.00", doc.get("offBalanceSheet.branchesByAdvances[0].value"));
        // projections of every projected figure, each naming its method; the bureau's own evaluation
        assertEquals(List.of("NPL", "NPL_RATIO", "NON_CREDIT_NPA", "OBS_ADVANCES"), List.copyOf(doc.getMap("projection.figures").keySet()));
        assertEquals("Watch acceptances", doc.getString("measuresAndOpinions.evaluations[0].text"));
        assertEquals("Supplier default", doc.getString("causes.typicalCases[0].title"));
    }
}
