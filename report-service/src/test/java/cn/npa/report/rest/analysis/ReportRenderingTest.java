package cn.npa.report.rest.analysis;

import static cn.npa.report.rest.rollup.SmallRegister.CB;
import static cn.npa.report.rest.rollup.SmallRegister.CBRC;
import static cn.npa.report.rest.rollup.SmallRegister.SZ1;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.npa.report.rest.rollup.RollupResourceTest;
import cn.npa.report.rest.rollup.SmallRegister;
import cn.npa.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The same document for people: an HTML page and a PDF whose extracted text has the Chinese headings and the JSON's figures. */
@QuarkusTest
class ReportRenderingTest {

    private static final String PERIOD = "2059-10";
    private static final List<String> HEADINGS = List.of("不良贷款月度分析报告", "一、基本情况", "二、前十名分行和客户",
            "三、清收、核销、以资抵债及其他处置", "四、贷款质量（按发放年度）", "五、新增不良成因及典型案例", "六、趋势预测", "数据来源");

    @Test
    @DisplayName("R4: the PDF's extracted text carries the Chinese headings, the notice and the figures of the JSON document")
    void r4PdfCarriesChineseHeadingsAndTheJsonFigures() throws IOException {
        prepare();
        JsonPath doc = ReportResourceTest.report(TestTokens.cbrc(), CBRC, PERIOD, null);
        Response pdf = given().auth().oauth2(TestTokens.cbrc()).accept("application/pdf").queryParam("period", PERIOD)
                .get("/api/v1/reports/" + CBRC).andReturn();
        assertEquals(200, pdf.statusCode(), pdf.asString());
        assertEquals("application/pdf", pdf.contentType());
        String text;
        try (PDDocument pd = Loader.loadPDF(pdf.asByteArray())) {
            text = new PDFTextStripper().getText(pd).replaceAll("\\s+", "");
        }
        for (String h : HEADINGS) {
            assertTrue(text.contains(h), "missing heading " + h + " in " + text);
        }
        assertTrue(text.contains(doc.getString("notice").replaceAll("\\s+", "")), text);
        // the JSON's figures as shown (2 decimals, ratios in percent): loans 9,000, NPL 90 (1.00%), a 66.67 client
        for (String figure : List.of("TOTAL_LOANS", "NPL")) {
            BigDecimal v = doc.get("basicFigures.figures.find { it.figure == '" + figure + "' }.current");
            assertTrue(text.contains(v.setScale(2, RoundingMode.HALF_UP).toPlainString()), figure + " " + v + " in " + text);
        }
        assertTrue(text.contains("1.00%"), text);
        assertTrue(text.contains("工厂倒闭"), text);
        // rendered once: the same bytes again
        byte[] again = given().auth().oauth2(TestTokens.cbrc()).accept("application/pdf").queryParam("period", PERIOD)
                .get("/api/v1/reports/" + CBRC).asByteArray();
        assertTrue(java.util.Arrays.equals(pdf.asByteArray(), again));
    }

    @Test
    @DisplayName("R4: text/html gives the page with the notice first and the bilingual headings")
    void r4HtmlPage() {
        prepare();
        Response html = given().auth().oauth2(TestTokens.cbrc()).accept("text/html").queryParam("period", PERIOD)
                .get("/api/v1/reports/" + CBRC).andReturn();
        assertEquals(200, html.statusCode());
        assertTrue(html.contentType().startsWith("text/html"), html.contentType());
        String body = html.asString();
        assertTrue(body.contains("一、基本情况 (1) Basic figures"), body);
        assertTrue(body.indexOf("FINAL:") < body.indexOf("<h1>"), body);
        assertTrue(body.contains("9000.00"), body);
    }

    private static void prepare() {
        RollupResourceTest.register(PERIOD, SmallRegister.rows());
        Filings.send(List.of(
                Filings.loans(SZ1, "BRANCH_MONTHLY_NPL", PERIOD, "1000.00", "10.00")
                        .narrative("工厂倒闭导致不良上升", "工厂倒闭", "10.00", "加快处置抵押物", "0.0100").event("S-R-1", 1),
                Filings.loans(CB, "BANK_MONTHLY_NPL", PERIOD, "8000.00", "80.00").event("S-R-4", 1)));
    }
}
