package cn.npa.datagen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The {@code loans} section of a filing from one month's closing figures and a period's flows: grades, industries,
 * regions, movements, vintages, causes and clients, each breakdown adding up to the totals to the fen.
 */
final class LoanBook {

    /** GB/T 4754 sections in the order of their usual share of bank loans, with those shares and relative risk. */
    static final String INDUSTRIES = "CLGKFINDJEAHBMQPRSOT";
    private static final double[] SHARE = {18, 14, 10, 9, 7, 7, 6, 6, 5, 4, 3, 2.5, 2, 1.5, 1.2, 1, 0.8, 0.5, 0.3, 0.1};
    private static final double[] RISK = {2.2, 0.6, 2.5, 1.2, 1.5, 0.7, 0.5, 0.6, 0.8, 0.8, 2.0, 2.2, 1.4, 0.9, 0.5, 0.5, 1.0, 1.2, 0.4, 0.3};

    private LoanBook() {
    }

    static Map<String, Object> section(Trajectory.Month close, Flows flows, Shape shape, List<String> regions,
                                       List<ClientPool.Client> clients, SplittableRandom rng) {
        long loans = close.loans();
        long npl = close.npl();
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("totalLoans", Alloc.yuan(loans));
        s.put("grades", grades(loans, npl, rng));
        s.put("byIndustry", lines("industry", industryKeys(shape.industries()), loans, npl,
                Alloc.jitter(java.util.Arrays.copyOf(SHARE, shape.industries()), 0.1, rng),
                java.util.Arrays.copyOf(RISK, shape.industries()), "total", "npl"));
        if (shape.regions() > 0) {
            double[] w = new double[regions.size()];
            for (int i = 0; i < w.length; i++) {
                w[i] = (i == 0 ? 6.0 : 1.0) / (1 + 0.08 * i);
            }
            s.put("byRegion", lines("regionCode", regions, loans, npl, Alloc.jitter(w, 0.1, rng), Alloc.jitter(ones(w.length), 0.5, rng), "total", "npl"));
        }
        s.put("movements", movements(flows));
        s.put("vintages", vintages(close, rng));
        s.put("newNplCauses", amounts("cause", flows.causes()));
        s.put("clients", Clients.exposures(clients, loans, npl, rng));
        return s;
    }

    private static Map<String, Object> grades(long loans, long npl, SplittableRandom rng) {
        long[] bad = Alloc.split(npl, Alloc.jitter(new double[] {42, 33, 25}, 0.2, rng));
        long special = Math.min(loans - npl, Alloc.part(loans, 0.015 + 0.015 * rng.nextDouble()));
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("pass", Alloc.yuan(loans - npl - special));
        g.put("specialMention", Alloc.yuan(special));
        g.put("substandard", Alloc.yuan(bad[0]));
        g.put("doubtful", Alloc.yuan(bad[1]));
        g.put("loss", Alloc.yuan(bad[2]));
        return g;
    }

    /** Lines whose totals split the loans by share and whose NPLs split the NPL by share x risk, never above the line. */
    private static List<Object> lines(String keyName, List<?> keys, long loans, long npl, double[] share, double[] risk,
                                      String totalName, String nplName) {
        long[] totals = Alloc.split(loans, share);
        double[] nplWeights = new double[share.length];
        for (int i = 0; i < share.length; i++) {
            nplWeights[i] = share[i] * risk[i];
        }
        long[] npls = Alloc.capped(npl, nplWeights, totals);
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < totals.length; i++) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put(keyName, keys.get(i));
            line.put(totalName, Alloc.yuan(totals[i]));
            line.put(nplName, Alloc.yuan(npls[i]));
            out.add(line);
        }
        return out;
    }

    private static Map<String, Object> movements(Flows f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("openingNpl", Alloc.yuan(f.opening()));
        m.put("newNpl", Alloc.yuan(f.newNpl()));
        m.put("cashCollected", Alloc.yuan(f.cash()));
        m.put("writtenOff", Alloc.yuan(f.writtenOff()));
        m.put("debtAssetSwap", Alloc.yuan(f.swap()));
        m.put("upgraded", Alloc.yuan(f.upgraded()));
        m.put("otherReduction", Alloc.yuan(f.other()));
        m.put("byDisposalMethod", amounts("method", f.disposals()));
        return m;
    }

    /** Balances by origination year over the last eight years (the oldest year holds every older loan). */
    private static List<Object> vintages(Trajectory.Month close, SplittableRandom rng) {
        int year = close.month().getYear();
        int years = 8;
        List<Integer> keys = new ArrayList<>();
        double[] share = new double[years];
        double[] risk = new double[years];
        for (int i = 0; i < years; i++) {
            keys.add(year - years + 1 + i);
            share[i] = i == 0 ? 2.5 : 1.0 + 0.15 * i;
            risk[i] = 2.0 - 0.2 * i;
        }
        share[years - 1] *= close.month().getMonthValue() / 12.0;
        risk[years - 1] = 0.2;
        return lines("year", keys, close.loans(), close.npl(), Alloc.jitter(share, 0.1, rng), risk, "balance", "npl");
    }

    private static List<Object> amounts(String keyName, Map<String, Long> amounts) {
        List<Object> out = new ArrayList<>();
        amounts.forEach((k, v) -> {
            if (v > 0) {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put(keyName, k);
                line.put("amount", Alloc.yuan(v));
                out.add(line);
            }
        });
        return out;
    }

    private static List<String> industryKeys(int count) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(String.valueOf(INDUSTRIES.charAt(i)));
        }
        return out;
    }

    private static double[] ones(int n) {
        double[] w = new double[n];
        java.util.Arrays.fill(w, 1.0);
        return w;
    }
}
