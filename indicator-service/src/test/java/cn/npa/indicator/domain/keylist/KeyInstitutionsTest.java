package cn.npa.indicator.domain.keylist;

import static cn.npa.indicator.domain.Fixtures.all;
import static cn.npa.indicator.domain.Fixtures.loans;
import static cn.npa.indicator.domain.figures.PeerGroup.CITY_COMMERCIAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.npa.indicator.domain.figures.UnitHistory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Key institutions K1–K4 of domain §7. */
class KeyInstitutionsTest {

    private static List<String> codes(List<KeyInstitution> list, KeyRule rule) {
        return list.stream().filter(k -> k.rules().contains(rule)).map(KeyInstitution::unitCode).toList();
    }

    @Test
    void tiesAtTheFifthPlaceAreAllIncluded_K1() {
        // Ratios 9, 8, 7, 6, 5, 5, 5, 4 %: the three at 5 % share 5th place.
        String[] npl = {"9", "8", "7", "6", "5", "5", "5", "4"};
        List<UnitHistory> branches = new ArrayList<>();
        for (int i = 0; i < npl.length; i++) {
            branches.add(UnitHistory.of(loans("B" + i, CITY_COMMERCIAL, "2026-06", "100", npl[i])));
        }
        List<KeyInstitution> list = KeyInstitutions.select(branches, List.of());
        assertEquals(List.of("B0", "B1", "B2", "B3", "B4", "B5", "B6"), codes(list, KeyRule.K1));
        KeyEvidence tied = list.get(6).evidence().get(0);
        assertEquals("rank 5 of 8 by I1 LOAN", tied.note());
        assertEquals("I1 LOAN", tied.figures().get(2).name());
    }

    @Test
    void risingBalanceOrRatioAgainstEitherBase_K2() {
        // UP: NPL 10 -> 12 on the previous period, ratio falls (loans grew); DOWN: falls against both bases.
        UnitHistory up = UnitHistory.of(loans("UP", CITY_COMMERCIAL, "2026-06", "1000", "12"))
                .withPrevious(loans("UP", CITY_COMMERCIAL, "2026-05", "500", "10"))
                .withYearStart(loans("UP", CITY_COMMERCIAL, "2025-12", "500", "20"));
        UnitHistory down = UnitHistory.of(loans("DOWN", CITY_COMMERCIAL, "2026-06", "1000", "5"))
                .withPrevious(loans("DOWN", CITY_COMMERCIAL, "2026-05", "1000", "6"))
                .withYearStart(loans("DOWN", CITY_COMMERCIAL, "2025-12", "1000", "7"));
        List<KeyInstitution> list = KeyInstitutions.select(List.of(up, down), List.of());
        KeyEvidence k2 = list.stream().filter(k -> k.unitCode().equals("UP")).findFirst().orElseThrow().evidence().stream()
                .filter(e -> e.rule() == KeyRule.K2).findFirst().orElseThrow();
        assertEquals("NPL balance rose against PREVIOUS_PERIOD", k2.note());
        // Both bases are reported: I3 and I2 against the previous period and the beginning of the year.
        assertEquals(List.of("I3 LOAN PREVIOUS_PERIOD", "I2 LOAN PREVIOUS_PERIOD", "I3 LOAN YEAR_START", "I2 LOAN YEAR_START"),
                k2.figures().stream().map(Figure::name).toList());
        assertTrue(codes(list, KeyRule.K2).equals(List.of("UP")));
    }

    @Test
    void oneEntryPerBranchListingAllItsRules_K1_K3_K4() {
        UnitHistory a = UnitHistory.of(all("A", CITY_COMMERCIAL, "2026-Q2", "100", "9", "100", "10", "8", "50", "1"));
        UnitHistory b = UnitHistory.of(all("B", CITY_COMMERCIAL, "2026-Q2", "100", "1", "100", "10", "1", "50", "1"));
        SupervisorFlag flag = new SupervisorFlag("A", "acceptances issued without collateral", LocalDate.of(2026, 5, 12));
        SupervisorFlag elsewhere = new SupervisorFlag("C", "violation of lending rules", LocalDate.of(2026, 4, 1));
        List<KeyInstitution> list = KeyInstitutions.select(List.of(a, b), List.of(flag, elsewhere));
        KeyInstitution first = list.get(0);
        assertEquals("A", first.unitCode());
        assertEquals(List.of(KeyRule.K1, KeyRule.K3, KeyRule.K4), first.rules());
        assertEquals(flag, first.evidence().get(2).flag());
        // Fewer than 5 branches: all are in K1 and K3; C is listed for its flag alone.
        assertEquals(List.of("A", "B", "C"), list.stream().map(KeyInstitution::unitCode).toList());
        assertEquals(List.of(KeyRule.K4), list.get(2).rules());
    }
}
