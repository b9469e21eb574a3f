package cn.npa.indicator.domain.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.npa.common.problem.FieldError;
import cn.npa.indicator.domain.figures.Basis;
import cn.npa.indicator.domain.keylist.ClientExposure;
import com.fasterxml.jackson.core.JsonFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The streamed intake reader on its own: what reaches the sink, and each finding with its rule and path. */
class FigureIntakeReaderTest {

    static final class Collect implements IntakeSink {
        IntakeHeader header;
        final List<IntakeNode> nodes = new ArrayList<>();
        final List<ClientExposure> exposures = new ArrayList<>();

        @Override
        public void header(IntakeHeader h) {
            header = h;
        }

        @Override
        public void node(IntakeNode n) {
            nodes.add(n);
        }

        @Override
        public void exposure(ClientExposure e) {
            exposures.add(e);
        }
    }

    static FigureIntakeReader.Result read(String json, Collect sink) throws IOException {
        return FigureIntakeReader.read(new JsonFactory(), new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), sink);
    }

    static final String REGULATORS = "{\"code\":\"CBRC\",\"kind\":\"REGULATOR_NATIONAL\"},"
            + "{\"code\":\"BUR-440000\",\"kind\":\"REGULATOR_BUREAU\",\"supervisorCode\":\"CBRC\",\"parentCode\":\"CBRC\"}";

    static String body(String nodes, String exposures) {
        return "{\"period\":\"2026-01\",\"figureVersion\":3,\"nodes\":[" + REGULATORS + (nodes.isEmpty() ? "" : "," + nodes)
                + "],\"clientExposures\":[" + exposures + "]}";
    }

    static final String HO = "{\"code\":\"HO\",\"kind\":\"BANK_HEAD_OFFICE\",\"supervisorCode\":\"CBRC\",\"peerGroup\":\"JOINT_STOCK\","
            + "\"figures\":{\"AS_FIRST_REPORTED\":{\"loan\":{\"totalLoans\":1000,\"npl\":20.5,\"cashCollected\":1,\"cashCollectedYtd\":2}},"
            + "\"RESTATED\":{\"loan\":{\"totalLoans\":1000,\"npl\":21,\"cashCollected\":1,\"cashCollectedYtd\":2},"
            + "\"nonCredit\":{\"totalAssets\":50,\"npa\":5,\"estimatedLosses\":1}}}}";

    private static List<String> rulesAt(FigureIntakeReader.Result r, String path) {
        return r.findings().stream().filter(f -> f.path().equals(path)).map(FieldError::rule).toList();
    }

    @Test
    void aValidIntakeReachesTheSinkNodeByNodeWithBothBases() throws IOException {
        Collect sink = new Collect();
        String client = cn.npa.common.credit.CreditCodes.complete("91440300MA5D8YQ01");
        FigureIntakeReader.Result r = read(body(HO, "{\"filerCode\":\"HO\",\"clientCode\":\"" + client
                + "\",\"name\":\"A Co.\",\"loanBalance\":100,\"nplBalance\":100}"), sink);
        assertTrue(r.isValid(), r.findings().toString());
        assertEquals("2026-01", sink.header.period().toString());
        assertEquals(3, sink.header.figureVersion());
        assertEquals(3, r.nodes());
        assertEquals(1, r.restated());
        IntakeNode ho = sink.nodes.get(2);
        // The head office is its own head office; amounts come out at scale 2, exactly.
        assertEquals("HO", ho.links().headOfficeCode());
        assertEquals(new BigDecimal("20.50"), ho.figures(Basis.AS_FIRST_REPORTED).loan().npl());
        assertEquals(new BigDecimal("21.00"), ho.figures(Basis.RESTATED).loan().npl());
        assertNull(ho.figures(Basis.AS_FIRST_REPORTED).nonCredit());
        assertEquals(1, sink.exposures.size());
        assertEquals(64, r.digest().length());
    }

    @Test
    void amountsBreakingV1AndPartsAboveTheirWholeV4AreNamedByPath() throws IOException {
        String bad = HO.replace("\"npl\":20.5", "\"npl\":-1").replace("\"estimatedLosses\":1", "\"estimatedLosses\":6");
        Collect sink = new Collect();
        FigureIntakeReader.Result r = read(body(bad, ""), sink);
        assertEquals(List.of("V1"), rulesAt(r, "$.nodes[2].figures.AS_FIRST_REPORTED.loan.npl"));
        assertEquals(List.of("V4"), rulesAt(r, "$.nodes[2].figures.RESTATED.nonCredit.estimatedLosses"));
        assertTrue(sink.nodes.size() < 3, "a bad node never reaches the sink");
    }

    @Test
    void linksToUnknownNodesOrNodesOfTheWrongKind_FIG_NODE() throws IOException {
        String branch = "{\"code\":\"HO-01\",\"kind\":\"BRANCH\",\"parentCode\":\"HO\",\"supervisorCode\":\"HO\",\"headOfficeCode\":\"NOPE\","
                + "\"peerGroup\":\"JOINT_STOCK\"}";
        FigureIntakeReader.Result r = read(body(HO + "," + branch, ""), new Collect());
        assertEquals(List.of("FIG-NODE"), rulesAt(r, "$.nodes[3].supervisorCode"));
        assertEquals(List.of("FIG-NODE"), rulesAt(r, "$.nodes[3].headOfficeCode"));
        assertTrue(rulesAt(r, "$.nodes[3].parentCode").isEmpty());
    }

    @Test
    void aLoopOfParentsIsRefused_FIG_NODE() throws IOException {
        String a = "{\"code\":\"A1\",\"kind\":\"BRANCH\",\"parentCode\":\"A2\",\"supervisorCode\":\"CBRC\",\"headOfficeCode\":\"HO\",\"peerGroup\":\"JOINT_STOCK\"}";
        String b = "{\"code\":\"A2\",\"kind\":\"BRANCH\",\"parentCode\":\"A1\",\"supervisorCode\":\"CBRC\",\"headOfficeCode\":\"HO\",\"peerGroup\":\"JOINT_STOCK\"}";
        FigureIntakeReader.Result r = read(body(HO + "," + a + "," + b, ""), new Collect());
        assertTrue(r.findings().stream().anyMatch(f -> f.rule().equals("FIG-NODE") && f.message().contains("loops")), r.findings().toString());
    }

    @Test
    void theHeaderMustComeFirst_PERIOD() throws IOException {
        Collect sink = new Collect();
        FigureIntakeReader.Result r = read("{\"nodes\":[" + REGULATORS + "],\"period\":\"2026-01\",\"figureVersion\":1}", sink);
        assertEquals(List.of("PERIOD"), rulesAt(r, "$.period"));
        assertNull(sink.header);
        assertTrue(sink.nodes.isEmpty());
    }

    @Test
    void findingsAreCappedButCounted() throws IOException {
        StringBuilder nodes = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            nodes.append(i == 0 ? "" : ",").append("{\"code\":\"x").append(i).append("\",\"kind\":\"BRANCH\"}");
        }
        FigureIntakeReader.Result r = read(body(nodes.toString(), ""), new Collect());
        assertEquals(Findings.CAP + 1, r.findings().size());
        assertTrue(r.findings().get(Findings.CAP).message().endsWith("more finding(s) not listed"));
    }
}
