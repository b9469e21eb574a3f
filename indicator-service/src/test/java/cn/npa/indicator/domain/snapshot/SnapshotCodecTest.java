package cn.npa.indicator.domain.snapshot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.npa.indicator.domain.figures.InstitutionKind;
import cn.npa.indicator.domain.figures.LoanFigures;
import cn.npa.indicator.domain.figures.NonCreditFigures;
import cn.npa.indicator.domain.figures.ObsFigures;
import cn.npa.indicator.domain.figures.PeerGroup;
import cn.npa.indicator.domain.intake.FigureSections;
import cn.npa.indicator.domain.intake.IntakeNode;
import cn.npa.indicator.domain.intake.NodeLinks;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The snapshot codec on its own: every field back as written (exact decimals: equal and of the same scale), in code order. */
class SnapshotCodecTest {

    static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    static FigureSections loans(String total, String npl) {
        return new FigureSections(new LoanFigures(d(total), d(npl), d("0.00"), d("1.50")), null, null);
    }

    static IntakeNode node(String code, String supervisor, FigureSections first, FigureSections restated) {
        return new IntakeNode(new NodeLinks(code, InstitutionKind.BRANCH_GRADE_ONE, "HO-" + code, supervisor, "HO", PeerGroup.CITY_COMMERCIAL,
                "440000"), first, restated);
    }

    static Snapshot encode(List<IntakeNode> nodes) {
        SnapshotEncoder e = new SnapshotEncoder();
        nodes.forEach(e::add);
        assertEquals(nodes.size(), e.nodeCount());
        return Snapshot.of(e.finish());
    }

    @Test
    @DisplayName("V1 amounts: every field of every section round-trips, nulls and absent sections stay absent")
    void roundTripOfEveryField() {
        FigureSections all = new FigureSections(new LoanFigures(d("1000.00"), d("30.00"), d("2.00"), d("12.34")),
                new NonCreditFigures(d("500.00"), d("5.00"), d("1.25")), new ObsFigures(d("80.00"), d("0.01")));
        FigureSections nonCreditOnly = new FigureSections(null, new NonCreditFigures(d("9.99"), d("0.00"), d("0.00")), null);
        IntakeNode full = new IntakeNode(new NodeLinks("B1-GD", InstitutionKind.BRANCH_GRADE_ONE, "B1", "BUR-440000", "B1",
                PeerGroup.JOINT_STOCK, "440000"), all, nonCreditOnly);
        IntakeNode bare = new IntakeNode(new NodeLinks("CBRC", InstitutionKind.REGULATOR_NATIONAL, null, null, null, null, null),
                FigureSections.NONE, null);
        IntakeNode restatedToNothing = new IntakeNode(new NodeLinks("PG-LARGE", InstitutionKind.PEER_GROUP, null, null, null,
                PeerGroup.LARGE_COMMERCIAL, null), new FigureSections(null, null, new ObsFigures(d("1.00"), d("2.00"))), FigureSections.NONE);
        Snapshot s = encode(List.of(full, bare, restatedToNothing));

        assertEquals(3, s.size());
        assertEquals(List.of("B1-GD", "CBRC", "PG-LARGE"), List.of(s.code(0), s.code(1), s.code(2)));
        assertEquals(full.links(), s.links(0));
        assertArrayEquals(new FigureSections[] {all, nonCreditOnly}, s.figures(0));
        assertEquals(bare.links(), s.links(1));
        assertArrayEquals(new FigureSections[] {FigureSections.NONE, null}, s.figures(1));
        assertEquals(restatedToNothing.links(), s.links(2));
        assertArrayEquals(new FigureSections[] {restatedToNothing.firstReported(), FigureSections.NONE}, s.figures(2));
    }

    @Test
    @DisplayName("exact decimals: the value read back equals the one written AND has its scale (big, negative and odd scales)")
    void exactScales() {
        List<BigDecimal> values = List.of(d("0"), d("0.00"), d("1.5"), d("1.50"), d("9999999999999999.99"), d("1E+3"), d("1.000000"),
                d("-12.345"), new BigDecimal(BigInteger.TWO.pow(200), 7), new BigDecimal(BigInteger.TWO.pow(63).negate(), -5),
                BigDecimal.valueOf(Long.MAX_VALUE, 2), BigDecimal.valueOf(Long.MIN_VALUE, 2), new BigDecimal(BigInteger.ONE, Integer.MAX_VALUE),
                new BigDecimal(BigInteger.TEN, Integer.MIN_VALUE));
        List<IntakeNode> nodes = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            BigDecimal v = values.get(i);
            nodes.add(node(String.format("N%02d", i), null, new FigureSections(new LoanFigures(v, v, v, v), null, new ObsFigures(v, v)), null));
        }
        Snapshot s = encode(nodes);
        for (int i = 0; i < values.size(); i++) {
            LoanFigures loan = s.figures(i)[0].loan();
            assertEquals(values.get(i), loan.totalLoans(), "value " + i);
            assertEquals(values.get(i).scale(), loan.cashCollectedYtd().scale(), "scale of value " + i);
            assertEquals(values.get(i), s.figures(i)[0].obs().advances());
        }
    }

    @Test
    @DisplayName("records come out in code order, whatever order the intake sent them in")
    void sortedByCode() {
        List<String> codes = List.of("Z9", "A-1", "A1", "AA", "A", "0-X", "B2-GD-01", "B2-GD");
        List<IntakeNode> nodes = new ArrayList<>();
        for (String c : codes) {
            nodes.add(node(c, "BUR-" + c, loans("10.00", "1.00"), null));
        }
        Snapshot s = encode(nodes);
        List<String> read = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            read.add(s.code(i));
            assertEquals("BUR-" + s.code(i), s.links(i).supervisorCode(), "links travel with their code");
            assertTrue(i == 0 || s.compareCode(i - 1, s, i) < 0);
        }
        assertEquals(codes.stream().sorted().toList(), read);
    }

    @Test
    @DisplayName("texts other than codes may hold any Unicode (a region or parent text is read back as written)")
    void nonAsciiTexts() {
        IntakeNode n = new IntakeNode(new NodeLinks("X1", InstitutionKind.BRANCH, "上级行", null, "总行\uD83D\uDE00", null, "广东"),
                loans("1.00", "0.00"), null);
        assertEquals(n.links(), encode(List.of(n)).links(0));
    }

    @Test
    @DisplayName("an empty load, a foreign or truncated snapshot")
    void emptyAndDamaged() {
        assertEquals(0, encode(List.of()).size());
        SnapshotEncoder e = new SnapshotEncoder();
        e.add(node("A1", null, loans("1.00", "0.00"), null));
        byte[] bytes = e.finish();
        assertThrows(IllegalArgumentException.class, () -> Snapshot.of(bytes, 0, bytes.length - 1));
        byte[] foreign = bytes.clone();
        foreign[0] = 'X';
        assertThrows(IllegalArgumentException.class, () -> Snapshot.of(foreign));
        byte[] later = bytes.clone();
        later[4] = 2;
        assertThrows(IllegalArgumentException.class, () -> Snapshot.of(later));
        assertNull(Snapshot.of(bytes).figures(0)[1]);
    }
}
