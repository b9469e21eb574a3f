package cn.npa.embedded;

import static cn.npa.embedded.BankReports.amount;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.npa.client.indicator.api.AssessmentsApi;
import cn.npa.client.indicator.api.FiguresApi;
import cn.npa.client.indicator.api.RunsApi;
import cn.npa.client.indicator.model.AssetClass;
import cn.npa.client.indicator.model.IndicatorView;
import cn.npa.client.indicator.model.NodeAssessmentView;
import cn.npa.client.indicator.model.RunInput;
import cn.npa.client.report.api.RollupsApi;
import cn.npa.client.report.model.RollupDto;
import cn.npa.client.submission.ApiClient;
import cn.npa.client.submission.ApiException;
import cn.npa.client.submission.api.SubmissionsApi;
import cn.npa.client.submission.model.ExplanationInput;
import cn.npa.client.submission.model.FieldError;
import cn.npa.client.submission.model.Filing;
import cn.npa.client.submission.model.FindingView;
import cn.npa.client.submission.model.Problem;
import cn.npa.client.submission.model.ReportType;
import cn.npa.client.submission.model.Verdict;
import cn.npa.client.submission.model.VersionView;
import cn.npa.datagen.InstitutionRow;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A bank's system against the three real services (real PostgreSQL, real HTTP), through Java clients generated at
 * build time from the committed OpenAPI documents (openapi-generator 7.25.0, {@code java}/{@code native}): only the
 * generated API and model classes, no hand-built JSON. Runs after the services are packaged, like
 * {@link RelayDeliveryTest}.
 */
class GeneratedClientTest {

    private static final String AUGUST = "2026-08";
    private static final String SEPTEMBER = "2026-09";
    private static final String QUARTER = "2026-Q3";
    /** Sixteen significant digits and two decimals: a double would answer 1.2345678901234568E15. */
    private static final BigDecimal BIG = amount("1234567890123456.78");

    private static RunningPlatform platform;
    private static InstitutionRow headOffice;
    private static InstitutionRow branch;

    @BeforeAll
    static void start() throws Exception {
        platform = RunningPlatform.start();
        branch = platform.register().stream().filter(r -> r.kind().equals("BRANCH_GRADE_ONE")).findFirst().orElseThrow();
        headOffice = platform.register().stream().filter(r -> r.code().equals(branch.parentCode())).findFirst().orElseThrow();
    }

    @AfterAll
    static void stop() throws Exception {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    @DisplayName("V3, Q5, R1, I1: a branch's monthly report filed, explained, amended and read back exact; its rollup over the generated clients")
    void aBranchFilesExplainsAmendsAndReadsItsRollup() throws Exception {
        ApiClient client = platform.submissionClient("bank", headOffice.code());
        SubmissionsApi bank = new SubmissionsApi(client);
        BigDecimal augustNpl = amount("6000000000.66");
        BankReports.Loans august = new BankReports.Loans(BIG, amount("10000000000.44"), amount("3000000000.11"),
                amount("2000000000.22"), amount("1000000000.33"), amount("400000000.00"), amount("100000000.00"),
                amount("50000000.00"), amount("30000000.00"));
        assertEquals(0, augustNpl.compareTo(august.npl()));
        // V3 friction: the generated model starts every list as [], so an untouched optional breakdown is sent as []
        Filing augustReport = BankReports.branchMonthly(branch.code(), AUGUST, august);
        String sent = client.getObjectMapper().writeValueAsString(augustReport);
        assertTrue(sent.contains("\"byRegion\":[]") && sent.contains("\"byDisposalMethod\":[]"), sent);
        VersionView first = bank.fileSubmission(augustReport, null);
        assertEquals(1, first.getVersion());
        assertEquals(ReportType.BRANCH_MONTHLY_NPL, first.getReportType());
        assertEquals(List.of(), first.getFindings(), "a clean first report, [] read as not stated (V3)");

        // September: the NPL moved by the movements exactly (no Q2), but openingNpl differs from August's NPL (Q5)
        BankReports.Loans september = new BankReports.Loans(BIG.subtract(amount("100.00")), amount("10000000000.44"),
                amount("3320000000.13"), amount("2000000000.22"), amount("1000000000.33"), amount("500000000.05"),
                amount("100000000.01"), amount("50000000.02"), amount("30000000.00"));
        Filing septemberReport = BankReports.branchMonthly(branch.code(), SEPTEMBER, september);
        septemberReport.getLoans().byRegion(null).getMovements().byDisposalMethod(null).openingNpl(augustNpl.add(BigDecimal.ONE));
        VersionView receipt = bank.fileSubmission(septemberReport, "branch-" + SEPTEMBER);
        assertEquals(Verdict.ACCEPTED_WITH_WARNINGS, receipt.getVerdict());
        assertEquals(Set.of("Q5"), receipt.getFindings().stream().map(FindingView::getRule).collect(Collectors.toSet()));
        assertEquals(0, augustNpl.compareTo(receipt.getFindings().get(0).getFigures().get("previousNpl")));

        VersionView explained = bank.explainFindings(receipt.getSubmissionId(), 1, "Q5",
                new ExplanationInput().text("The opening NPL includes a transfer booked on the first day of September."));
        assertEquals(Verdict.ACCEPTED, explained.getVerdict());
        assertEquals(Verdict.ACCEPTED_WITH_WARNINGS, explained.getVerdictAtReceipt());

        Filing amendment = BankReports.branchMonthly(branch.code(), SEPTEMBER, new BankReports.Loans(BIG, amount("10000000000.44"),
                amount("3320000000.13"), amount("2000000000.22"), amount("1000000000.33"), amount("500000000.05"),
                amount("100000000.01"), amount("50000000.02"), amount("30000000.00")));
        amendment.getHeader().amendmentReason("Pass loans were short by RMB 100.00; opening NPL corrected to August's NPL.");
        amendment.getLoans().byRegion(null).getMovements().byDisposalMethod(null).openingNpl(augustNpl);
        VersionView amended = bank.fileSubmission(amendment, null);
        assertEquals(2, amended.getVersion());
        assertEquals(List.of(), amended.getFindings());

        VersionView stored = bank.getVersion(amended.getSubmissionId(), 2);
        assertEquals("1234567890123456.78", stored.getBody().getLoans().getTotalLoans().toPlainString());
        assertEquals(amendment.getLoans().getGrades(), stored.getBody().getLoans().getGrades(), "every grade exact, scale too");
        assertEquals("1234551570123455.66", stored.getBody().getLoans().getGrades().getPass().toPlainString());
        assertEquals(amendment.getLoans().getClients(), stored.getBody().getLoans().getClients());
        assertEquals(0, BIG.compareTo(stored.getFigures().get("totalLoans")));
        assertEquals(2, bank.listSubmissions(branch.code(), null, null, null, ReportType.BRANCH_MONTHLY_NPL, Verdict.ACCEPTED)
                .getTotal(), "August and September, both accepted");

        // R1: the branch's own filing is its rollup; restated = version 2, first reported = version 1
        RollupsApi rollups = new RollupsApi(platform.reportClient("bank", headOffice.code()));
        RollupDto restated = platform.await("the amendment reaches the report service", () -> {
            RollupDto r = rollups.getRollup(branch.code(), cn.npa.client.report.model.Basis.RESTATED, "none", SEPTEMBER);
            return r.getFigures() != null && BIG.compareTo(r.getFigures().getLoans().getTotalLoans()) == 0 ? r : null;
        });
        assertEquals("OWN_FILING", restated.getSource());
        assertEquals(cn.npa.client.report.model.Basis.RESTATED, restated.getBasis());
        assertEquals("1234567890123456.78", restated.getFigures().getLoans().getTotalLoans().toPlainString());
        assertEquals(0, september.npl().compareTo(restated.getFigures().getLoans().getNpl()));
        assertEquals("500000000.05", restated.getFigures().getLoans().getMovements().getNewNpl().toPlainString());
        RollupDto firstReported = rollups.getRollup(branch.code(), cn.npa.client.report.model.Basis.AS_FIRST_REPORTED, "none", SEPTEMBER);
        assertEquals("1234567890123356.78", firstReported.getFigures().getLoans().getTotalLoans().toPlainString());
    }

    @Test
    @DisplayName("V1, V3, I1: a head office's quarterly report refused as a typed problem, then filed; its indicators over the generated clients")
    void aHeadOfficeReadsARefusalThenItsIndicators() throws Exception {
        ApiClient client = platform.submissionClient("bank", headOffice.code());
        SubmissionsApi bank = new SubmissionsApi(client);
        BankReports.Loans quarter = new BankReports.Loans(amount("2345678901234567.89"), amount("41830747121.95"),
                amount("12365357497.72"), amount("9150364548.31"), amount("3214992949.41"), amount("3912604228.71"),
                amount("1105377406.90"), amount("1240518330.00"), amount("402116775.36"));

        Filing invalid = BankReports.headOfficeQuarterly(headOffice.code(), headOffice.regionCode(), QUARTER, quarter);
        invalid.getLoans().getMovements().cashCollected(amount("-50.00"));
        invalid.getLoans().getByIndustry().get(0).total(quarter.total().subtract(amount("1000.00")));
        ApiException refused = assertThrows(ApiException.class, () -> bank.fileSubmission(invalid, null));
        assertEquals(422, refused.getCode());
        Problem problem = client.getObjectMapper().readValue(refused.getResponseBody(), Problem.class);
        assertEquals("urn:npa:problem:validation", problem.getType());
        assertEquals(422, problem.getStatus());
        Set<String> findings = problem.getErrors().stream().map(e -> e.getRule() + " " + e.getPath()).collect(Collectors.toSet());
        assertTrue(findings.contains("V1 $.loans.movements.cashCollected"), findings.toString());
        assertTrue(findings.contains("V3 $.loans.byIndustry"), findings.toString());
        assertTrue(problem.getErrors().stream().map(FieldError::getMessage).allMatch(m -> m != null && !m.isBlank()));
        assertEquals(0, bank.listSubmissions(headOffice.code(), null, QUARTER, null, ReportType.BANK_QUARTERLY_NPA, null).getTotal(),
                "a refused report stores nothing");

        VersionView receipt = bank.fileSubmission(
                BankReports.headOfficeQuarterly(headOffice.code(), headOffice.regionCode(), QUARTER, quarter), null);
        assertEquals(ReportType.BANK_QUARTERLY_NPA, receipt.getReportType());
        VersionView stored = bank.getVersion(receipt.getSubmissionId(), 1);
        assertEquals("2345678901234567.89", stored.getBody().getLoans().getTotalLoans().toPlainString());
        assertEquals(0, amount("81619006105.80").compareTo(stored.getBody().getNonCredit().getTotal().getAssets()));

        RollupsApi rollups = new RollupsApi(platform.reportClient("bank", headOffice.code()));
        RollupDto rollup = platform.await("the quarterly report reaches the report service", () -> {
            RollupDto r = rollups.getRollup(headOffice.code(), cn.npa.client.report.model.Basis.RESTATED, "none", QUARTER);
            return r.getFigures() != null ? r : null;
        });
        assertEquals("2345678901234567.89", rollup.getFigures().getLoans().getTotalLoans().toPlainString());

        // the rolled-up figures reach the indicator service (figures outbox); the regulator runs the assessment
        FiguresApi loads = new FiguresApi(platform.indicatorClient("cbrc", "CBRC"));
        platform.await("the quarter's figures reach the indicator service",
                () -> loads.listFigureLoads(null, QUARTER, null).getItems().isEmpty() ? null : true);
        long runId = new RunsApi(platform.indicatorClient("cbrc", "CBRC")).createRun(new RunInput().period(QUARTER)).getId();
        NodeAssessmentView assessment = new AssessmentsApi(platform.indicatorClient("bank", headOffice.code()))
                .getNodeAssessment(headOffice.code(), QUARTER, cn.npa.client.indicator.model.Basis.RESTATED, null, runId);
        IndicatorView i1 = assessment.getBases().stream().flatMap(b -> b.getIndicators().stream())
                .filter(i -> "I1".equals(i.getFormula()) && i.getAssetClass() == AssetClass.LOAN).findFirst().orElseThrow();
        assertNotNull(i1.getValue(), i1.toString());
        BigDecimal expected = quarter.npl().multiply(BigDecimal.valueOf(100)).divide(quarter.total(), MathContext.DECIMAL64);
        assertEquals(0, expected.compareTo(i1.getValue().round(MathContext.DECIMAL64)), i1.toString());
        assertTrue(assessment.getBases().stream().anyMatch(b -> b.getBasis() == cn.npa.client.indicator.model.Basis.RESTATED));
    }

    @Test
    @DisplayName("The generated clients carry the contract: default server, operationId names, typed enums, no double")
    void theGeneratedClientsCarryTheContract() throws Exception {
        assertEquals("http://localhost:8081", new ApiClient().getBaseUri());
        assertEquals("http://localhost:8083", new cn.npa.client.report.ApiClient().getBaseUri());
        assertEquals("http://localhost:8082", new cn.npa.client.indicator.ApiClient().getBaseUri());
        GeneratedTypes.assertOperationIdNames();
        GeneratedTypes.assertNoFloatingPoint();
        // an operator's dead letter carries the event exactly as it was sent (admin only: no bank reads it)
        assertEquals(List.of("DeadLetterDetail.payload: java.lang.Object"), GeneratedTypes.untypedFields("submission"),
                "fields a bank would read as untyped maps");
    }
}
