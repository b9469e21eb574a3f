package cn.npa.indicator.domain.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.npa.indicator.domain.figures.AssetClass;
import cn.npa.indicator.domain.figures.Basis;
import cn.npa.indicator.domain.figures.InstitutionKind;
import cn.npa.indicator.domain.figures.LoanFigures;
import cn.npa.indicator.domain.figures.PeerGroup;
import cn.npa.indicator.domain.figures.Period;
import cn.npa.indicator.domain.figures.UnitFigures;
import cn.npa.indicator.domain.figures.UnitHistory;
import cn.npa.indicator.domain.indicator.FormulaId;
import cn.npa.indicator.domain.indicator.IndicatorValue;
import cn.npa.indicator.domain.indicator.Indicators;
import cn.npa.indicator.domain.intake.NodeLinks;
import cn.npa.indicator.domain.keylist.KeyRule;
import cn.npa.indicator.domain.keylist.SupervisorFlag;
import cn.npa.indicator.domain.peer.PeerRanking;
import cn.npa.indicator.domain.peer.PeerStatistics;
import cn.npa.indicator.domain.peer.QuantileMethod;
import cn.npa.indicator.domain.peer.UnitRank;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Jurisdictions, and a whole run on a small population checked against the single-purpose domain classes. */
class AssessmentEngineTest {

    static final Period T = Period.parse("2026-06");
    static final EnumSet<FormulaId> DEFAULTS = EnumSet.of(FormulaId.I1, FormulaId.I2, FormulaId.I3, FormulaId.I4, FormulaId.I5,
            FormulaId.I6, FormulaId.I7, FormulaId.I8);

    static NodeLinks n(String code, InstitutionKind kind, String parent, String supervisor, String ho, PeerGroup g) {
        return new NodeLinks(code, kind, parent, supervisor, ho, g, "440000");
    }

    /** CBRC, BUR-A with SUB-A1, BUR-B; a large bank with branches in both provinces; a city bank of province A; nine more. */
    static List<NodeLinks> tree() {
        List<NodeLinks> nodes = new ArrayList<>(List.of(
                n("CBRC", InstitutionKind.REGULATOR_NATIONAL, null, null, null, null),
                n("BUR-A", InstitutionKind.REGULATOR_BUREAU, "CBRC", "CBRC", null, null),
                n("SUB-A1", InstitutionKind.REGULATOR_SUB_BUREAU, "BUR-A", "BUR-A", null, null),
                n("BUR-B", InstitutionKind.REGULATOR_BUREAU, "CBRC", "CBRC", null, null),
                n("HO1", InstitutionKind.BANK_HEAD_OFFICE, null, "CBRC", "HO1", PeerGroup.LARGE_COMMERCIAL),
                n("HO1-A", InstitutionKind.BRANCH_GRADE_ONE, "HO1", "BUR-A", "HO1", PeerGroup.LARGE_COMMERCIAL),
                n("HO1-A-1", InstitutionKind.BRANCH, "HO1-A", "SUB-A1", "HO1", PeerGroup.LARGE_COMMERCIAL),
                n("HO1-B", InstitutionKind.BRANCH_GRADE_ONE, "HO1", "BUR-B", "HO1", PeerGroup.LARGE_COMMERCIAL),
                n("HO2", InstitutionKind.BANK_HEAD_OFFICE, null, "BUR-A", "HO2", PeerGroup.CITY_COMMERCIAL),
                n("HO2-1", InstitutionKind.BRANCH_GRADE_ONE, "HO2", "SUB-A1", "HO2", PeerGroup.CITY_COMMERCIAL)));
        for (int i = 1; i <= 9; i++) {
            nodes.add(n("HO3" + i, InstitutionKind.BANK_HEAD_OFFICE, null, "BUR-A", "HO3" + i, PeerGroup.CITY_COMMERCIAL));
        }
        nodes.sort(Comparator.comparing(NodeLinks::code));
        return nodes;
    }

    static UnitFigures loans(NodeLinks n, Period p, long total, long npl) {
        return new UnitFigures(n.code(), n.kind(), n.peerGroup(), n.parentCode(), p,
                new LoanFigures(BigDecimal.valueOf(total), BigDecimal.valueOf(npl), BigDecimal.ONE, BigDecimal.valueOf(3)), null, null);
    }

    static Population population(long extraNpl) {
        List<NodeLinks> nodes = tree();
        Map<Basis, List<UnitHistory>> h = new EnumMap<>(Basis.class);
        for (Basis b : Basis.values()) {
            List<UnitHistory> list = new ArrayList<>();
            for (int i = 0; i < nodes.size(); i++) {
                NodeLinks n = nodes.get(i);
                long npl = 10 + (i * 7) % 13 + (b == Basis.RESTATED && i == 5 ? 4 : 0) + (n.code().equals("HO2") ? extraNpl : 0);
                list.add(new UnitHistory(loans(n, T, 1000, npl), loans(n, T.previous(), 1000, 10 + i % 5), loans(n, T.yearStart(), 900, 12),
                        loans(n, T.sameLastYear(), 800, 11), loans(n, T.sameLastYear().yearStart(), 800, 9)));
            }
            h.put(b, list);
        }
        return new Population(T, nodes, h, List.of());
    }

    @Test
    void jurisdictionsMaximalNodesAndLevels() {
        Jurisdictions j = new Jurisdictions(tree());
        assertEquals(List.of("BUR-A", "SUB-A1"), j.regulatorsUnder("BUR-A"));
        List<String> inA = j.jurisdiction("BUR-A").stream().map(i -> j.node(i).code()).toList();
        assertTrue(inA.containsAll(List.of("HO1-A", "HO1-A-1", "HO2", "HO2-1")) && !inA.contains("HO1") && !inA.contains("HO1-B"));
        List<String> maximal = j.units("BUR-A", Level.DEFAULT).stream().map(i -> j.node(i).code()).toList();
        assertTrue(maximal.containsAll(List.of("HO1-A", "HO2")) && !maximal.contains("HO1-A-1") && !maximal.contains("HO2-1"), maximal.toString());
        assertEquals(List.of("HO1-A-1", "HO2-1"), j.units("SUB-A1", Level.DEFAULT).stream().map(i -> j.node(i).code()).toList());
        assertEquals(List.of("HO1-A-1"), j.units("BUR-A", Level.BRANCH).stream().map(i -> j.node(i).code()).toList());
        // The CBRC's maximal nodes are the head offices.
        assertEquals(11, j.units("CBRC", Level.DEFAULT).size());
    }

    @Test
    void aRunRanksAndSummarisesAsTheSinglePurposeClassesDo_I1() {
        Population pop = population(0);
        AssessmentResult r = AssessmentEngine.run(pop, "CBRC", DEFAULTS, QuantileMethod.DEFAULT, List.of());
        Jurisdictions j = new Jurisdictions(pop.nodes());
        List<UnitHistory> cityHeads = new ArrayList<>();
        Map<String, IndicatorValue> values = new LinkedHashMap<>();
        for (int i = 0; i < pop.nodes().size(); i++) {
            NodeLinks n = pop.nodes().get(i);
            if (n.peerGroup() == PeerGroup.CITY_COMMERCIAL && n.kind() == InstitutionKind.BANK_HEAD_OFFICE) {
                UnitHistory h = pop.histories(Basis.RESTATED).get(i);
                cityHeads.add(h);
                values.put(n.code(), Indicators.ratio(h, AssetClass.LOAN));
            }
        }
        List<UnitRank> expected = PeerRanking.rank(FormulaId.I1, values);
        for (UnitRank u : expected) {
            assertEquals((int) u.rank(), r.rank(Basis.RESTATED, RankColumn.I1, j.indexOf(u.unitCode())), u.unitCode());
        }
        PeerStatistics s = PeerStatistics.of(PeerGroup.CITY_COMMERCIAL, FormulaId.I1, AssetClass.LOAN, null, cityHeads);
        PeerSummary summary = r.peerStatistics().stream().filter(p -> p.basis() == Basis.RESTATED
                && p.universe().equals(new Universe(PeerGroup.CITY_COMMERCIAL, InstitutionKind.BANK_HEAD_OFFICE))
                && p.column().formula() == FormulaId.I1).findFirst().orElseThrow();
        assertEquals(s.median(), summary.median());
        assertEquals(s.aggregate().value(), summary.aggregate());
        assertEquals(10, summary.memberCount());
        assertEquals(EnumSet.of(AssetClass.LOAN), r.classes());
        // Key lists of the run's regulator and of the regulators directly below it, never of one above.
        assertEquals(List.of("BUR-A", "BUR-B", "CBRC"), new ArrayList<>(r.keyLists().keySet()));
        AssessmentResult bureau = AssessmentEngine.run(pop, "BUR-B", DEFAULTS, QuantileMethod.DEFAULT, List.of());
        assertEquals(List.of("BUR-B"), new ArrayList<>(bureau.keyLists().keySet()));
        assertEquals(2, bureau.scope().size());
    }

    @Test
    void aSubBureausKeyListComesOnRequestFromTheRunsInputsAsItsBureausRunStoresIt_K1_K2_K4() {
        Population pop = population(0);
        SupervisorFlag flag = new SupervisorFlag("HO2-1", "violation", LocalDate.of(2026, 6, 3));
        Jurisdictions j = new Jurisdictions(pop.nodes());
        assertEquals(List.of("BUR-A", "SUB-A1"), j.regulatorAndDirectlyUnder("BUR-A"));
        assertEquals(List.of("BUR-A", "BUR-B", "CBRC"), j.regulatorAndDirectlyUnder("CBRC"));
        KeyList onRequest = new KeyLists(j, pop.histories(Basis.RESTATED), pop.exposures(), List.of(flag)).of("SUB-A1", Level.DEFAULT);
        KeyList stored = AssessmentEngine.run(pop, "BUR-A", DEFAULTS, QuantileMethod.DEFAULT, List.of(flag)).keyLists().get("SUB-A1");
        assertEquals(stored, onRequest);
        assertEquals(List.of("HO1-A-1", "HO2-1"), onRequest.institutions().stream().map(k -> k.unitCode()).toList());
        assertTrue(onRequest.institutions().get(1).rules().contains(KeyRule.K4));
    }

    @Test
    void theFingerprintIsTheSameForTheSameInputsAndMovesWithAnyOfThem_K4() {
        SupervisorFlag flag = new SupervisorFlag("HO2", "violation", LocalDate.of(2026, 6, 3));
        long a = AssessmentEngine.run(population(0), "CBRC", DEFAULTS, QuantileMethod.DEFAULT, List.of(flag)).fingerprint();
        long b = AssessmentEngine.run(population(0), "CBRC", DEFAULTS, QuantileMethod.DEFAULT, List.of(flag)).fingerprint();
        assertEquals(a, b);
        assertNotEquals(a, AssessmentEngine.run(population(1), "CBRC", DEFAULTS, QuantileMethod.DEFAULT, List.of(flag)).fingerprint());
        assertNotEquals(a, AssessmentEngine.run(population(0), "CBRC", DEFAULTS, QuantileMethod.DEFAULT, List.of()).fingerprint());
        KeyList bureau = AssessmentEngine.run(population(0), "CBRC", DEFAULTS, QuantileMethod.DEFAULT, List.of(flag)).keyLists().get("BUR-A");
        assertTrue(bureau.institutions().stream().anyMatch(k -> k.unitCode().equals("HO2") && k.rules().contains(KeyRule.K4)));
    }
}
