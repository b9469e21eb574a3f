package cn.npa.report.domain.top10;

import static cn.npa.report.domain.FiguresBuilder.loans;
import static cn.npa.report.domain.FiguresBuilder.m;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.npa.report.domain.Register;
import cn.npa.report.domain.figures.Figures;
import cn.npa.report.domain.figures.Money;
import cn.npa.report.domain.rollup.BankRollup;
import cn.npa.report.domain.rollup.RegulatorRollup;
import cn.npa.report.domain.tree.Hierarchy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TopTablesTest {

    private static final String ACME = "91440300MA5F000007";
    private static final String BETA = "91440300MA5F00001A";

    private final Hierarchy h = Register.small().hierarchy();

    /** A quarter: loans, non-credit and OBS at every sub-branch; ACME borrows from both banks in Shenzhen. */
    private BankRollup quarter() {
        Map<String, Figures> f = new HashMap<>();
        f.put("A-GD-SZ1", loans("900.00", "100.00").client(ACME, "ACME", "300.00", "60.00")
                .nonCredit("100.00", "40.00", "10.00").obs("1000.00", "10.00").build());
        f.put("A-GD-GZ", loans("1800.00", "200.00").client(BETA, "Beta", "500.00", "0.00")
                .nonCredit("100.00", "20.00", "5.00").obs("500.00", "50.00").build());
        f.put("A-BJ-1", loans("2700.00", "300.00").nonCredit("100.00", "60.00", "10.00").obs("2000.00", "50.00").build());
        f.put("B-SZ", loans("380.00", "20.00").client(ACME, "ACME Ltd", "250.00", "20.00")
                .nonCredit("10.00", "1.00", "0.50").obs("100.00", "1.00").build());
        return BankRollup.of(h, f);
    }

    private static List<String> keys(List<? extends RankedRow<?>> rows) {
        return rows.stream().map(RankedRow::key).toList();
    }

    @Test
    void gradeOneBranchesByNplBalanceAndRatio_R3() {
        BankRollup r = quarter();
        R3Tables t = TopTables.of(r, "CBRC", RegulatorRollup.of(r, "CBRC").figures(), Map.of(), 10);
        // NPL: A-GD 300, A-BJ 300, B-GD 20: equal balances share a rank and are ordered by code
        assertEquals(List.of("A-BJ", "A-GD", "B-GD"), keys(t.branchesByNpl()));
        assertEquals(m("300.00"), t.branchesByNpl().get(0).value());
        // ratios: A-GD 300/3000 = 10 %, A-BJ 300/3000 = 10 %, B-GD 20/400 = 5 %: a tie ordered by code
        assertEquals(List.of("A-BJ", "A-GD", "B-GD"), keys(t.branchesByNplRatio()));
        assertEquals(List.of(1, 1, 3), t.branchesByNplRatio().stream().map(RankedRow::rank).toList());
        assertEquals(m("3000.00"), t.branchesByNpl().get(0).row().totalLoans(), "each row shows its figures");
    }

    @Test
    void clientsAreSummedAcrossFilersByCreditCode_R3() {
        BankRollup r = quarter();
        R3Tables t = TopTables.of(r, "BUR-44", RegulatorRollup.of(r, "BUR-44").figures(), Map.of(), 10);
        assertEquals(List.of(ACME, BETA), keys(t.clientsByLoan()));
        assertEquals(m("550.00"), t.clientsByLoan().get(0).value());
        assertEquals(m("80.00"), t.clientsByNpl().get(0).value());
        assertEquals("ACME", t.clientsByLoan().get(0).row().name());
    }

    @Test
    void nonCreditAndObsTablesByBranch_R3() {
        BankRollup r = quarter();
        Map<String, java.math.BigDecimal> previousObs = Map.of("A-GD", m("1000.00"), "A-BJ", m("1000.00"), "B-GD", m("100.00"));
        R3Tables t = TopTables.of(r, "CBRC", RegulatorRollup.of(r, "CBRC").figures(), previousObs, 2);
        assertEquals(List.of("A-BJ", "A-GD"), keys(t.branchesByNonCreditNpa()));
        assertEquals(List.of("A-GD", "A-BJ"), keys(t.branchesByEstimatedLoss()));
        // growth: A-BJ +100 %, A-GD +50 %, B-GD 0 %
        assertEquals(List.of("A-BJ", "A-GD"), keys(t.branchesByObsGrowth()));
        ObsGrowthRow top = t.branchesByObsGrowth().get(0).row();
        assertEquals(m("1000.00"), top.change());
        assertEquals(0, top.growthRate().compareTo(java.math.BigDecimal.ONE));
        // advances: A-GD 60, A-BJ 50, B-GD 1
        assertEquals(List.of("A-GD", "A-BJ"), keys(t.branchesByAdvances()));
        // non-credit NPA: A-GD 40 + 20 = 60 ties A-BJ's 60; both rank first
        assertEquals(List.of(1, 1), t.branchesByNonCreditNpa().stream().map(RankedRow::rank).toList());
        assertEquals(m("60.00").divide(m("200.00"), Money.RATIO), t.branchesByNonCreditNpa().get(1).row().nonCreditNpa()
                .divide(t.branchesByNonCreditNpa().get(1).row().nonCreditAssets(), Money.RATIO));
    }

    @Test
    void monthHasNoNonCreditTableRows_R3() {
        BankRollup r = BankRollup.of(h, Map.of("A-GD-SZ1", loans("900.00", "100.00").build()));
        R3Tables t = TopTables.of(r, "CBRC", RegulatorRollup.of(r, "CBRC").figures(), Map.of(), 10);
        assertEquals(List.of(), t.branchesByNonCreditNpa());
        assertEquals(List.of(), t.branchesByObsGrowth());
        assertEquals(List.of("A-GD"), keys(t.branchesByNpl()));
    }
}
