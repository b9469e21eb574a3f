package cn.npa.datagen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Client exposures (Art. 6, 8(2)): the filer's largest borrowers by loan balance, at least ten of them with NPL so that
 * the list covers the ten largest NPL clients (V7); listed loans and NPLs stay within the section's totals.
 */
final class Clients {

    static final int MIN_WITH_NPL = 10;

    private Clients() {
    }

    static List<Object> exposures(List<ClientPool.Client> clients, long loans, long npl, SplittableRandom rng) {
        int n = clients.size();
        double top = loans > 100_000_000_000_000L ? 0.003 : loans > 10_000_000_000_000L ? 0.006 : 0.015;
        long[] balance = new long[n];
        double[] nplShare = new double[n];
        boolean[] bad = badClients(clients);
        double wanted = 0;
        for (int i = 0; i < n; i++) {
            balance[i] = Alloc.part(loans, top * Math.pow(0.92, i) * (0.97 + 0.06 * rng.nextDouble()));
            if (bad[i]) {
                nplShare[i] = 0.05 + 0.45 * Math.floorMod(clients.get(i).id().hashCode(), 100) / 100.0;
                wanted += balance[i] * nplShare[i];
            }
        }
        double scale = wanted > npl * 0.5 ? npl * 0.5 / wanted : 1.0;
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ClientPool.Client c = clients.get(i);
            long clientNpl = bad[i] ? Math.min(balance[i], Math.max(1, (long) Math.floor(balance[i] * nplShare[i] * scale))) : 0;
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("clientId", c.id());
            line.put("name", c.name());
            if (c.groupId() != null) {
                line.put("groupId", c.groupId());
            }
            line.put("loanBalance", Alloc.yuan(balance[i]));
            line.put("nplBalance", Alloc.yuan(clientNpl));
            out.add(line);
        }
        return out;
    }

    /** About two clients in three have NPL, chosen by their code (so the same every month), and never fewer than ten. */
    private static boolean[] badClients(List<ClientPool.Client> clients) {
        boolean[] bad = new boolean[clients.size()];
        int count = 0;
        for (int i = 0; i < bad.length; i++) {
            bad[i] = Math.floorMod(clients.get(i).id().hashCode(), 3) != 0;
            count += bad[i] ? 1 : 0;
        }
        for (int i = 0; i < bad.length && count < MIN_WITH_NPL; i++) {
            if (!bad[i]) {
                bad[i] = true;
                count++;
            }
        }
        return bad;
    }
}
