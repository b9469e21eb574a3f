package cn.npa.report.domain.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.npa.report.domain.FiguresBuilder;
import cn.npa.report.domain.figures.Figures;
import cn.npa.report.domain.tree.Hierarchy;
import cn.npa.report.domain.tree.InstitutionKind;
import cn.npa.report.domain.tree.InstitutionSnapshot;
import cn.npa.report.domain.tree.PeerGroup;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Properties of R1 over random registers where only the sub-branches file: sums are exact and nothing counts twice. */
class RollupPropertiesTest {

    private record Case(Hierarchy hierarchy, Map<String, Figures> filings, Map<String, String> bureauOfLeaf) {
    }

    /** Two bureaus each with a sub-bureau; banks with grade-one branches in either province, sub-branches under both levels. */
    private static Case randomCase(long seed) {
        Random random = new Random(seed);
        List<InstitutionSnapshot> rows = new ArrayList<>();
        rows.add(node("CBRC", InstitutionKind.REGULATOR_NATIONAL, null, null));
        for (String b : List.of("B1", "B2")) {
            rows.add(node(b, InstitutionKind.REGULATOR_BUREAU, "CBRC", "CBRC"));
            rows.add(node(b + "-S", InstitutionKind.REGULATOR_SUB_BUREAU, b, b));
        }
        Map<String, Figures> filings = new HashMap<>();
        Map<String, String> bureauOfLeaf = new HashMap<>();
        int banks = 1 + random.nextInt(4);
        for (int bank = 0; bank < banks; bank++) {
            String head = "H" + bank;
            // national banks: a head office supervised by a bureau would put its other provinces in that bureau too
            rows.add(node(head, InstitutionKind.BANK_HEAD_OFFICE, null, "CBRC"));
            for (int g = 0; g < 1 + random.nextInt(3); g++) {
                String bureau = random.nextBoolean() ? "B1" : "B2";
                String one = head + "-G" + g;
                rows.add(node(one, InstitutionKind.BRANCH_GRADE_ONE, head, bureau));
                for (int s = 0; s < 1 + random.nextInt(4); s++) {
                    String leaf = one + "-S" + s;
                    rows.add(node(leaf, InstitutionKind.SUB_BRANCH, one, random.nextBoolean() ? bureau : bureau + "-S"));
                    filings.put(leaf, FiguresBuilder.loans(amount(random), amount(random)).build());
                    bureauOfLeaf.put(leaf, bureau);
                }
            }
        }
        return new Case(Hierarchy.of(rows), filings, bureauOfLeaf);
    }

    private static InstitutionSnapshot node(String code, InstitutionKind kind, String parent, String supervisor) {
        return new InstitutionSnapshot(code, kind, parent, supervisor, "110000", PeerGroup.JOINT_STOCK);
    }

    private static String amount(Random random) {
        return BigDecimal.valueOf(random.nextLong(0, 1_000_000_000_000L), 2).toPlainString();
    }

    @Property(tries = 200)
    void cbrcTotalIsTheSumOfAllFilings_R1(@ForAll long seed) {
        Case c = randomCase(seed);
        Figures cbrc = RegulatorRollup.of(BankRollup.of(c.hierarchy(), c.filings()), "CBRC").figures();
        assertEquals(Figures.sum(c.filings().values()).loans().orElseThrow().grades(), cbrc.loans().orElseThrow().grades());
    }

    @Property(tries = 200)
    void bureauTotalIsTheSumOfItsProvinceFilings_R1(@ForAll long seed) {
        Case c = randomCase(seed);
        BankRollup r = BankRollup.of(c.hierarchy(), c.filings());
        for (String bureau : List.of("B1", "B2")) {
            List<Figures> own = c.filings().entrySet().stream()
                    .filter(e -> c.bureauOfLeaf().get(e.getKey()).equals(bureau)).map(Map.Entry::getValue).toList();
            Figures expected = Figures.sum(own);
            Figures actual = RegulatorRollup.of(r, bureau).figures();
            assertEquals(expected.totalLoans(), actual.totalLoans(), bureau);
            assertEquals(expected.npl(), actual.npl(), bureau);
        }
    }

    @Property(tries = 200)
    void sumDoesNotDependOnOrder(@ForAll long seed) {
        List<Figures> parts = new ArrayList<>(randomCase(seed).filings().values());
        Figures forward = Figures.sum(parts);
        java.util.Collections.shuffle(parts, new Random(seed));
        assertEquals(forward, Figures.sum(parts));
    }

    @Property(tries = 200)
    void rollupUpdatedFromThePreviousOneEqualsAFullRollup_R1(@ForAll long seed) {
        Case c = randomCase(seed);
        Random random = new Random(seed);
        Map<String, Figures> before = new HashMap<>();
        // a wave under way: some sub-branches have filed; the rest, a grade-one branch of its own and amendments follow
        c.filings().forEach((code, f) -> {
            if (random.nextBoolean()) {
                before.put(code, f);
            }
        });
        BankRollup previous = BankRollup.of(c.hierarchy(), before);
        Map<String, Figures> after = new HashMap<>(c.filings());
        for (InstitutionSnapshot node : c.hierarchy().bankNodesBottomUp()) {
            int roll = random.nextInt(10);
            if (roll == 0) {
                after.put(node.code(), FiguresBuilder.loans(amount(random), amount(random)).build());
            } else if (roll == 1) {
                after.remove(node.code());
            }
        }
        BankRollup updated = BankRollup.updated(previous, c.hierarchy(), after);
        BankRollup full = BankRollup.of(c.hierarchy(), after);
        for (InstitutionSnapshot node : c.hierarchy().bankNodesBottomUp()) {
            assertEquals(full.figure(node.code()), updated.figure(node.code()), node.code());
        }
        for (String regulator : List.of("CBRC", "B1", "B2", "B1-S", "B2-S")) {
            assertEquals(RegulatorRollup.of(full, regulator), RegulatorRollup.of(updated, regulator), regulator);
        }
    }
}
