package cn.npa.indicator.domain.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import cn.npa.indicator.domain.assessment.HistoryBuilder;
import cn.npa.indicator.domain.assessment.InputSlot;
import cn.npa.indicator.domain.assessment.Population;
import cn.npa.indicator.domain.figures.Basis;
import cn.npa.indicator.domain.figures.InstitutionKind;
import cn.npa.indicator.domain.figures.LoanFigures;
import cn.npa.indicator.domain.figures.PeerGroup;
import cn.npa.indicator.domain.figures.Period;
import cn.npa.indicator.domain.figures.UnitHistory;
import cn.npa.indicator.domain.intake.FigureSections;
import cn.npa.indicator.domain.intake.IntakeNode;
import cn.npa.indicator.domain.intake.NodeLinks;
import cn.npa.indicator.domain.keylist.ClientExposure;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The merge join of a run's loads by code: the same population as looking every node of t up by code in every load
 * (the COPY read), with nodes missing from some loads, nodes only in older loads, restated figures, and a bureau's filter.
 */
class SnapshotJoinTest {

    static final Period T = Period.parse("2026-02");
    static final ClientExposure EXPOSURE = new ClientExposure("B1-GD", "91440300MA5EXAMPLE", "A client", null, new BigDecimal("5.00"),
            new BigDecimal("1.00"));

    static IntakeNode node(String code, String supervisor, String total, String npl, String restatedNpl) {
        FigureSections first = new FigureSections(LoanFigures.of(new BigDecimal(total), new BigDecimal(npl)), null, null);
        FigureSections restated = restatedNpl == null ? null
                : new FigureSections(LoanFigures.of(new BigDecimal(total), new BigDecimal(restatedNpl)), null, null);
        InstitutionKind kind = code.startsWith("BUR") ? InstitutionKind.REGULATOR_BUREAU : InstitutionKind.BRANCH_GRADE_ONE;
        return new IntakeNode(new NodeLinks(code, kind, "HO", supervisor, "HO", kind.isBank() ? PeerGroup.JOINT_STOCK : null, "440000"),
                first, restated);
    }

    /** t: three bureaus' nodes (sent out of code order); the previous period lacks B2-GD and has a node since closed. */
    static final List<IntakeNode> CURRENT = List.of(node("B3-GD", "BUR-440000", "300.00", "3.00", null),
            node("B1-GD", "BUR-440000", "100.00", "1.00", "1.50"), node("B2-GD", "SUB-440100", "200.00", "2.00", null),
            node("BUR-440000", "CBRC", "600.00", "6.00", null), node("B4-BJ", "BUR-110000", "400.00", "4.00", null),
            node("SUB-440100", "BUR-440000", "200.00", "2.00", null));
    static final List<IntakeNode> PREVIOUS = List.of(node("B1-GD", "BUR-440000", "90.00", "0.90", null),
            node("A0-CLOSED", "BUR-440000", "5.00", "0.00", null), node("B3-GD", "BUR-110000", "290.00", "2.90", "3.10"),
            node("B4-BJ", "BUR-110000", "390.00", "3.90", null), node("ZZ-LATER", "BUR-440000", "1.00", "0.00", null));
    static final List<IntakeNode> YEAR_START = List.of(node("B4-BJ", "BUR-110000", "380.00", "3.80", null));

    static Snapshot snapshot(List<IntakeNode> nodes) {
        SnapshotEncoder e = new SnapshotEncoder();
        nodes.forEach(e::add);
        return Snapshot.of(e.finish());
    }

    /** What the COPY read builds: the selected nodes of t in code order, every load's figures looked up by code. */
    static Population reference(Map<InputSlot, List<IntakeNode>> loads, Set<String> supervisors) {
        List<NodeLinks> nodes = new ArrayList<>();
        for (IntakeNode n : loads.get(InputSlot.CURRENT)) {
            NodeLinks l = n.links();
            if (supervisors == null || supervisors.contains(l.code()) || supervisors.contains(l.supervisorCode())) {
                nodes.add(l);
            }
        }
        nodes.sort(Comparator.comparing(NodeLinks::code));
        HistoryBuilder b = new HistoryBuilder(T, nodes);
        loads.forEach((slot, load) -> {
            Map<String, IntakeNode> byCode = new HashMap<>();
            load.forEach(n -> byCode.put(n.links().code(), n));
            FigureSections[][] target = b.slot(slot);
            for (int i = 0; i < nodes.size(); i++) {
                IntakeNode n = byCode.get(nodes.get(i).code());
                if (n != null) {
                    target[i] = new FigureSections[] {n.firstReported(), n.restated()};
                }
            }
        });
        return new Population(T, nodes, b.build(), List.of(EXPOSURE));
    }

    static Population joined(Map<InputSlot, List<IntakeNode>> loads, Set<String> supervisors) {
        Map<List<IntakeNode>, Snapshot> once = new HashMap<>();
        Map<InputSlot, Snapshot> slots = new EnumMap<>(InputSlot.class);
        loads.forEach((slot, load) -> slots.put(slot, once.computeIfAbsent(load, SnapshotJoinTest::snapshot)));
        return SnapshotJoin.population(T, slots, supervisors, () -> List.of(EXPOSURE), ForkJoinPool.commonPool());
    }

    static Map<InputSlot, List<IntakeNode>> loads() {
        Map<InputSlot, List<IntakeNode>> loads = new EnumMap<>(InputSlot.class);
        loads.put(InputSlot.CURRENT, CURRENT);
        loads.put(InputSlot.PREVIOUS_PERIOD, PREVIOUS);
        loads.put(InputSlot.YEAR_START, YEAR_START);
        // the same period last year has no load; its year start is the previous period's load (read once)
        loads.put(InputSlot.LAST_YEAR_START, PREVIOUS);
        return loads;
    }

    @Test
    @DisplayName("every node: the merge join gives the population the lookup by code gives, nodes absent from a load have no figures there")
    void nationalPopulation() {
        Population joined = joined(loads(), null);
        assertEquals(reference(loads(), null), joined);
        List<String> codes = joined.nodes().stream().map(NodeLinks::code).toList();
        assertEquals(List.of("B1-GD", "B2-GD", "B3-GD", "B4-BJ", "BUR-440000", "SUB-440100"), codes);
        UnitHistory b2 = joined.histories(Basis.AS_FIRST_REPORTED).get(1);
        assertNull(b2.previous(), "B2-GD has no figures in the previous period");
        UnitHistory b3Restated = joined.histories(Basis.RESTATED).get(2);
        assertEquals(new BigDecimal("3.10"), b3Restated.previous().loan().npl(), "restated previous period of B3-GD");
        assertEquals(new BigDecimal("380.00"), joined.histories(Basis.AS_FIRST_REPORTED).get(3).yearStart().loan().totalLoans());
        assertSame(joined.histories(Basis.AS_FIRST_REPORTED).get(3), joined.histories(Basis.RESTATED).get(3), "never restated: one history");
    }

    @Test
    @DisplayName("a bureau's run: its nodes and itself, their other loads' figures by code wherever they were supervised then")
    void bureauPopulation() {
        Set<String> bureau = Set.of("BUR-440000", "SUB-440100");
        Population joined = joined(loads(), bureau);
        assertEquals(reference(loads(), bureau), joined);
        assertEquals(List.of("B1-GD", "B2-GD", "B3-GD", "BUR-440000", "SUB-440100"), joined.nodes().stream().map(NodeLinks::code).toList());
        assertEquals(new BigDecimal("2.90"), joined.histories(Basis.AS_FIRST_REPORTED).get(2).previous().loan().npl(),
                "B3-GD was under BUR-110000 in the previous period and keeps its history");
        assertEquals(reference(loads(), Set.of("NOBODY")), joined(loads(), Set.of("NOBODY")));
    }
}
