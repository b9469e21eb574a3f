package cn.npa.report.domain.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.npa.report.domain.Register;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HierarchyTest {

    private final Hierarchy h = Register.small().hierarchy();

    private static List<String> codes(List<InstitutionSnapshot> nodes) {
        return nodes.stream().map(InstitutionSnapshot::code).toList();
    }

    @Test
    void jurisdictionIncludesNodesOfDescendantRegulators_section1() {
        assertEquals(Set.of("A-GD", "A-GD-SZ1", "A-GD-SZ2", "A-GD-GZ", "BANK-B", "B-GD", "B-SZ"), h.jurisdiction("BUR-44"));
        assertEquals(Set.of("A-GD-SZ1", "A-GD-SZ2", "B-SZ"), h.jurisdiction("SUB-4403"));
    }

    @Test
    void maximalNodesAreThoseWhoseParentIsOutside_R1() {
        assertEquals(List.of("A-GD", "BANK-B"), codes(h.maximalNodes("BUR-44")));
        assertEquals(List.of("A-GD-SZ1", "A-GD-SZ2", "B-SZ"), codes(h.maximalNodes("SUB-4403")));
        assertEquals(List.of("A-BJ"), codes(h.maximalNodes("BUR-11")));
        assertEquals(List.of("BANK-A", "BANK-B"), codes(h.maximalNodes("CBRC")));
    }

    @Test
    void childrenComeBeforeParentsBottomUp() {
        List<String> order = codes(h.bankNodesBottomUp());
        assertEquals(10, order.size());
        assertTrue(order.indexOf("A-GD-SZ1") < order.indexOf("A-GD"));
        assertTrue(order.indexOf("A-GD") < order.indexOf("BANK-A"));
        assertTrue(order.indexOf("B-SZ") < order.indexOf("BANK-B"));
    }

    @Test
    void peerGroupIsTheHeadOfficesForEveryBranch_R2() {
        assertEquals(PeerGroup.LARGE_COMMERCIAL, h.peerGroupOf("A-GD-SZ1").orElseThrow());
        assertEquals(PeerGroup.CITY_COMMERCIAL, h.peerGroupOf("B-SZ").orElseThrow());
    }

    @Test
    void theHierarchyOfAPeriodIsTheOneValidAtItsEnd_section1() {
        InstitutionSnapshot head = new InstitutionSnapshot("BANK-A", InstitutionKind.BANK_HEAD_OFFICE, null, "CBRC", "110000",
                PeerGroup.LARGE_COMMERCIAL);
        InstitutionSnapshot old = new InstitutionSnapshot("A-X", InstitutionKind.BRANCH_GRADE_ONE, "BANK-A", "CBRC", "110000", null);
        List<RegisterRow> rows = List.of(new RegisterRow(head, LocalDate.of(2000, 1, 1), null),
                new RegisterRow(old, LocalDate.of(2000, 1, 1), LocalDate.of(2026, 9, 30)));
        assertEquals(List.of("A-X"), codes(Hierarchy.at(LocalDate.of(2026, 9, 30), rows).children("BANK-A")));
        assertEquals(List.of(), codes(Hierarchy.at(LocalDate.of(2026, 10, 31), rows).children("BANK-A")));
    }

    @Test
    void scalesToTheNationalRegister() {
        // 4,600 head offices x 50 outlets (about 235,000 nodes), 36 bureaus: built and queried with maps, not scans
        List<InstitutionSnapshot> rows = new ArrayList<>();
        int branchesOfBureau0 = 0;
        rows.add(new InstitutionSnapshot("CBRC", InstitutionKind.REGULATOR_NATIONAL, null, null, "100000", null));
        for (int b = 0; b < 36; b++) {
            rows.add(new InstitutionSnapshot("BUR-" + b, InstitutionKind.REGULATOR_BUREAU, "CBRC", "CBRC", "110000", null));
        }
        for (int bank = 0; bank < 4600; bank++) {
            String head = "H" + bank;
            rows.add(new InstitutionSnapshot(head, InstitutionKind.BANK_HEAD_OFFICE, null, "CBRC", "110000", PeerGroup.PRIVATE));
            for (int g = 0; g < 5; g++) {
                String one = head + "-G" + g;
                String bureau = "BUR-" + ((bank + g) % 36);
                branchesOfBureau0 += (bank + g) % 36 == 0 ? 1 : 0;
                rows.add(new InstitutionSnapshot(one, InstitutionKind.BRANCH_GRADE_ONE, head, bureau, "110000", null));
                for (int s = 0; s < 9; s++) {
                    rows.add(new InstitutionSnapshot(one + "-" + s, InstitutionKind.SUB_BRANCH, one, bureau, "110000", null));
                }
            }
        }
        Hierarchy big = Hierarchy.of(rows);
        assertTrue(big.size() > 230_000);
        assertEquals(4600, big.maximalNodes("CBRC").size());
        assertEquals(branchesOfBureau0, big.maximalNodes("BUR-0").size());
        assertEquals(big.size() - 37, big.bankNodesBottomUp().size());
    }
}
