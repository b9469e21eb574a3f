package cn.npa.indicator.domain.keylist;

import static cn.npa.indicator.domain.Fixtures.d;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Key clients K5–K7 of domain §7. */
class KeyClientsTest {

    private static ClientExposure exposure(String filer, String client, String group, String loans, String npl) {
        return new ClientExposure(filer, client, "Client " + client, group, d(loans), d(npl));
    }

    @Test
    void aClientWithNplOfExactlyOneHundredMillionIsIncluded_K5() {
        List<KeyClient> list = KeyClients.select(List.of(
                exposure("BANK-A", "C1", null, "200000000", "60000000"),
                exposure("BANK-B", "C1", null, "50000000", "40000000"),
                exposure("BANK-A", "C2", null, "200000000", "99999999.99")));
        assertEquals(1, list.size());
        KeyClient c1 = list.get(0);
        assertEquals("C1", c1.id());
        assertEquals(List.of(KeyRule.K5), c1.rules());
        assertEquals(0, d("100000000").compareTo(c1.evidence().get(0).figures().get(0).value()));
        assertEquals(List.of("BANK-A", "BANK-B"), c1.filers());
    }

    @Test
    void aGroupOfExactlyFiveAffiliatesOverTwoBanks_K6() {
        List<ClientExposure> five = List.of(
                exposure("BANK-A", "G1-1", "G1", "30000000", "0"),
                exposure("BANK-A", "G1-2", "G1", "20000000", "0"),
                exposure("BANK-A", "G1-3", "G1", "10000000", "0"),
                exposure("BANK-B", "G1-4", "G1", "20000000", "0"),
                exposure("BANK-B", "G1-5", "G1", "20000000", "0"),
                // The same affiliate at a second bank adds loans, not an affiliate.
                exposure("BANK-B", "G1-1", "G1", "0.01", "0"),
                exposure("BANK-A", "G2-1", "G2", "90000000", "0"),
                exposure("BANK-A", "G2-2", "G2", "90000000", "0"));
        List<KeyClient> list = KeyClients.select(five);
        assertEquals(1, list.size());
        KeyClient g1 = list.get(0);
        assertEquals(KeyClient.Kind.GROUP, g1.kind());
        assertEquals("G1", g1.id());
        assertEquals(List.of("BANK-A", "BANK-B"), g1.filers());
        assertEquals(0, d("5").compareTo(g1.evidence().get(0).figures().get(0).value()));
        assertEquals(0, d("100000000.01").compareTo(g1.evidence().get(0).figures().get(1).value()));
        // Four affiliates are not enough however large the loans (G2 has two).
        assertEquals(List.of(), KeyClients.select(five.subList(0, 4)).stream().filter(k -> k.id().equals("G1")).toList());
    }

    @Test
    void sameCreditCodeNonPerformingAtOneBankAndPassAtAnother_K7() {
        List<KeyClient> list = KeyClients.select(List.of(
                exposure("BANK-A", "C9", null, "5000000", "1000000"),
                exposure("BANK-B", "C9", null, "8000000", "0"),
                exposure("BANK-A", "C8", null, "5000000", "1000000"),
                exposure("BANK-B", "C8", null, "8000000", "2000")));
        assertEquals(List.of("C9"), list.stream().map(KeyClient::id).toList());
        KeyEvidence e = list.get(0).evidence().get(0);
        assertEquals(KeyRule.K7, e.rule());
        assertEquals("non-performing at BANK-A; performing at BANK-B", e.note());
    }

    @Test
    void aClientInSeveralRulesAppearsOnce_K5_K7() {
        List<KeyClient> list = KeyClients.select(List.of(
                exposure("BANK-A", "C1", null, "300000000", "150000000"),
                exposure("BANK-B", "C1", null, "10000000", "0")));
        assertEquals(1, list.size());
        assertEquals(List.of(KeyRule.K5, KeyRule.K7), list.get(0).rules());
    }

    @Test
    void aTaggedBookSelectsTheClientsOfOneJurisdictionAsAFilterWould_K5_K6_K7() {
        List<ClientExposure> all = List.of(
                exposure("BANK-A", "C1", "G1", "200000000", "60000000"), exposure("BANK-B", "C1", "G1", "50000000", "40000000"),
                exposure("BANK-C", "C2", "G1", "8000000", "0"), exposure("BANK-A", "C2", "G1", "5000000", "1000000"),
                exposure("BANK-B", "C3", "G1", "90000000", "0"), exposure("BANK-C", "C4", "G1", "1", "0"),
                exposure("BANK-A", "C5", "G1", "2", "0"), exposure("BANK-B", "C6", null, "3", "3"));
        // Tag 1: banks A and B (a bureau); tag 2: bank C; tag 0: every bank (the CBRC).
        int[][] tags = all.stream().map(e -> e.filerCode().equals("BANK-C") ? new int[] {2, 0} : new int[] {1, 0}).toArray(int[][]::new);
        ClientBook book = ClientBook.tagged(all, tags);
        for (int tag : new int[] {0, 1, 2, 3}) {
            List<ClientExposure> mine = new java.util.ArrayList<>();
            for (int k = 0; k < all.size(); k++) {
                for (int t : tags[k]) {
                    if (t == tag) {
                        mine.add(all.get(k));
                    }
                }
            }
            assertEquals(KeyClients.select(mine), book.select(tag), "tag " + tag);
        }
    }
}
