package cn.npa.report.domain.rollup;

import static cn.npa.report.domain.FiguresBuilder.loans;
import static cn.npa.report.domain.FiguresBuilder.m;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.npa.report.domain.Register;
import cn.npa.report.domain.figures.Figures;
import cn.npa.report.domain.figures.KeyFigure;
import cn.npa.report.domain.figures.LoanFigures;
import cn.npa.report.domain.figures.TotalAndNpl;
import cn.npa.report.domain.tree.Hierarchy;
import cn.npa.report.domain.tree.InstitutionKind;
import cn.npa.report.domain.tree.InstitutionSnapshot;
import cn.npa.report.domain.tree.PeerGroup;
import cn.npa.report.domain.tree.RegisterRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RollupTest {

    private final Hierarchy h = Register.small().hierarchy();

    /** Only the sub-branches file: loans 1000 / 500 / 2000 / 3000 / 400 with NPL 100 / 50 / 200 / 300 / 20. */
    static Map<String, Figures> leafFilings() {
        Map<String, Figures> f = new HashMap<>();
        f.put("A-GD-SZ1", loans("900.00", "100.00").industry("C").build());
        f.put("A-GD-SZ2", loans("450.00", "50.00").industry("F").build());
        f.put("A-GD-GZ", loans("1800.00", "200.00").industry("C").build());
        f.put("A-BJ-1", loans("2700.00", "300.00").industry("K").build());
        f.put("B-SZ", loans("380.00", "20.00").industry("C").build());
        return f;
    }

    private static BigDecimal total(Figures f) {
        return f.totalLoans().orElseThrow();
    }

    private static BigDecimal npl(Figures f) {
        return f.npl().orElseThrow();
    }

    @Test
    void bureauSumsOnlyMaximalNodes_R1() {
        BankRollup r = BankRollup.of(h, leafFilings());
        RegulatorFigure bureau = RegulatorRollup.of(r, "BUR-44");
        // A-GD (3500 / 350) + BANK-B (400 / 20); the Shenzhen sub-branches count once, inside A-GD
        assertEquals(m("3900.00"), total(bureau.figures()));
        assertEquals(m("370.00"), npl(bureau.figures()));
        assertEquals(List.of("A-GD", "BANK-B"), bureau.maximalNodesSummed());
        assertEquals(4, bureau.filingUnits());
        assertEquals(m("1900.00"), total(RegulatorRollup.of(r, "SUB-4403").figures()));
        assertEquals(m("3000.00"), total(RegulatorRollup.of(r, "BUR-11").figures()));
    }

    @Test
    void cbrcSumsAllHeadOfficesAndCountsNothingTwice_R1() {
        BankRollup r = BankRollup.of(h, leafFilings());
        RegulatorFigure cbrc = RegulatorRollup.of(r, "CBRC");
        assertEquals(m("6900.00"), total(cbrc.figures()));
        assertEquals(m("670.00"), npl(cbrc.figures()));
        assertEquals(5, cbrc.filingUnits());
        assertEquals(new BigDecimal("670.00").divide(new BigDecimal("6900.00"), cn.npa.report.domain.figures.Money.RATIO),
                cbrc.figures().nplRatio().orElseThrow());
    }

    @Test
    void nodeWithoutFilingIsTheSumOfItsChildren_R1() {
        BankRollup r = BankRollup.of(h, leafFilings());
        NodeFigure gd = r.figure("A-GD").orElseThrow();
        assertEquals(FigureSource.CHILDREN_SUM, gd.source());
        assertEquals(m("3500.00"), total(gd.figures()));
        assertEquals(m("6500.00"), total(r.figure("BANK-A").orElseThrow().figures()));
        assertTrue(gd.q4().isEmpty());
    }

    @Test
    void parentFilingBesideItsChildrenShowsQ4DifferenceAndIsNotAdded_R1_Q4() {
        Map<String, Figures> filings = leafFilings();
        filings.put("BANK-A", loans("5860.00", "650.00").build()); // 6510: 10 more than its branches, 0.15 %
        BankRollup r = BankRollup.of(h, filings);

        NodeFigure bank = r.figure("BANK-A").orElseThrow();
        assertEquals(FigureSource.OWN_FILING, bank.source());
        assertEquals(m("6510.00"), total(bank.figures()));
        Q4Difference q4 = bank.q4().orElseThrow();
        Q4Line loansLine = q4.line(KeyFigure.TOTAL_LOANS).orElseThrow();
        assertEquals(m("6500.00"), loansLine.childrenSum());
        assertEquals(m("10.00"), loansLine.difference());
        assertTrue(loansLine.exceeds());
        assertFalse(q4.line(KeyFigure.NPL).orElseThrow().exceeds());
        assertTrue(q4.line(KeyFigure.NON_CREDIT_NPA).isEmpty(), "a month has no non-credit figure to compare");

        // the CBRC takes the head office's own figure, never own + branches
        assertEquals(m("6910.00"), total(RegulatorRollup.of(r, "CBRC").figures()));
        assertEquals(Set.of("BANK-A", "B-SZ"), RegulatorRollup.contributors(r, "CBRC"));
        // the bureau still sums the Guangdong branch's own rollup
        assertEquals(m("3900.00"), total(RegulatorRollup.of(r, "BUR-44").figures()));
    }

    @Test
    void differenceWithinOneThousandthIsShownButDoesNotExceed_Q4() {
        Map<String, Figures> filings = leafFilings();
        filings.put("BANK-A", loans("5856.50", "650.00").build()); // 6506.50: 6.50 = 0.1 % of 6500 exactly
        Q4Line line = BankRollup.of(h, filings).figure("BANK-A").orElseThrow().q4().orElseThrow()
                .line(KeyFigure.TOTAL_LOANS).orElseThrow();
        assertEquals(m("6.50"), line.difference());
        assertFalse(line.exceeds(), "more than 0.1 % is needed");
    }

    @Test
    void amendmentMovesTheRestatedRollupAndNotTheFirstReported_R1_section5() {
        Map<String, Figures> first = leafFilings();
        Map<String, Figures> restated = leafFilings();
        restated.put("A-GD-SZ1", loans("880.00", "120.00").build());
        Map<Basis, BankRollup> byBasis = Map.of(Basis.AS_FIRST_REPORTED, BankRollup.of(h, first),
                Basis.RESTATED, BankRollup.of(h, restated));

        assertEquals(m("370.00"), npl(RegulatorRollup.of(byBasis.get(Basis.AS_FIRST_REPORTED), "BUR-44").figures()));
        assertEquals(m("390.00"), npl(RegulatorRollup.of(byBasis.get(Basis.RESTATED), "BUR-44").figures()));
        assertEquals(m("300.00"), npl(RegulatorRollup.of(byBasis.get(Basis.RESTATED), "BUR-11").figures()));
    }

    @Test
    void hierarchyChangeRollsEachPeriodUpOnItsOwnTree_R1_section1() {
        LocalDate september = LocalDate.of(2026, 9, 30);
        LocalDate october = LocalDate.of(2026, 10, 31);
        List<RegisterRow> rows = new ArrayList<>();
        for (InstitutionSnapshot s : Register.small().rows()) {
            LocalDate to = s.code().equals("A-GD-SZ2") ? september : null; // closed at the end of September
            rows.add(new RegisterRow(s, LocalDate.of(2000, 1, 1), to));
        }
        rows.add(new RegisterRow(new InstitutionSnapshot("A-GD-DG", InstitutionKind.SUB_BRANCH, "A-GD", "BUR-44", "441900",
                null), LocalDate.of(2026, 10, 1), null));
        Map<String, Figures> octoberFilings = leafFilings();
        octoberFilings.put("A-GD-DG", loans("70.00", "30.00").build());

        BankRollup sep = BankRollup.of(Hierarchy.at(september, rows), leafFilings());
        BankRollup oct = BankRollup.of(Hierarchy.at(october, rows), octoberFilings);

        assertEquals(m("1900.00"), total(RegulatorRollup.of(sep, "SUB-4403").figures()));
        assertEquals(m("1400.00"), total(RegulatorRollup.of(oct, "SUB-4403").figures()));
        assertEquals(m("3500.00"), total(sep.figure("A-GD").orElseThrow().figures()));
        assertEquals(m("3100.00"), total(oct.figure("A-GD").orElseThrow().figures()));
        assertEquals(Set.of("A-GD-SZ2"), oct.unplacedFilings(), "a filing of a closed unit is not rolled up");
    }

    @Test
    void breakdownsByRegionIndustryAndPeerGroupSumExactly_R2() {
        BankRollup r = BankRollup.of(h, leafFilings());
        Figures bureau = RegulatorRollup.of(r, "BUR-44").figures();
        LoanFigures l = bureau.loans().orElseThrow();

        // sub-branches filed no regional breakdown: each counts in its own region
        assertEquals(Map.of("440300", new TotalAndNpl(m("1900.00"), m("170.00")),
                "440100", new TotalAndNpl(m("2000.00"), m("200.00"))), l.byRegion());
        assertEquals(Map.of("C", new TotalAndNpl(m("3400.00"), m("320.00")),
                "F", new TotalAndNpl(m("500.00"), m("50.00"))), l.byIndustry());

        Map<PeerGroup, Figures> peers = RegulatorRollup.byPeerGroup(r, "BUR-44");
        assertEquals(m("3500.00"), total(peers.get(PeerGroup.LARGE_COMMERCIAL)));
        assertEquals(m("400.00"), total(peers.get(PeerGroup.CITY_COMMERCIAL)));
        BigDecimal peerSum = peers.values().stream().map(RollupTest::total).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, peerSum.compareTo(l.total()));
    }

    @Test
    void everyFigureListsTheFilingUnitsItSums_R6() {
        BankRollup r = BankRollup.of(h, leafFilings());
        assertEquals(Set.of("A-GD-SZ1", "A-GD-SZ2", "A-GD-GZ", "B-SZ"), RegulatorRollup.contributors(r, "BUR-44"));
        assertEquals(Set.of("A-GD-SZ1", "A-GD-SZ2", "A-GD-GZ"), r.contributors("A-GD"));
        assertEquals(3, r.figure("A-GD").orElseThrow().filingUnits());
        assertTrue(r.figure("CBRC").isEmpty(), "regulators are not bank-tree nodes");
    }

    @Test
    void nodeWithNothingFiledBelowHasNoFigure_R1() {
        BankRollup r = BankRollup.of(h, Map.of("A-GD-SZ1", loans("1.00", "0.00").build()));
        assertTrue(r.figure("A-BJ").isEmpty());
        assertTrue(r.figure("BANK-B").isEmpty());
        assertEquals(List.of("A-GD"), RegulatorRollup.of(r, "BUR-44").maximalNodesSummed());
    }
}
