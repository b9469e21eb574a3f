package cn.npa.datagen;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** The quarterly sections: non-credit assets (Art. 9), off-balance-sheet business (Art. 10) and the narrative. */
final class QuarterSections {

    private static final String[] CATEGORIES = {"PENDING_DISPOSAL", "PENDING_CLEARANCE", "RECEIVABLES",
        "FORECLOSED_ASSETS", "EQUITY_INVESTMENTS", "OTHER"};
    private static final double[] CATEGORY_SHARE = {10, 8, 40, 22, 15, 5};
    private static final double[] CATEGORY_RISK = {3, 2, 0.6, 2.5, 0.8, 1};
    private static final String[] BUSINESS = {"BANK_ACCEPTANCE", "LETTER_OF_GUARANTEE", "LETTER_OF_CREDIT",
        "LOAN_COMMITMENT", "OTHER"};
    private static final double[] BUSINESS_SHARE = {45, 25, 10, 15, 5};

    private QuarterSections() {
    }

    static Map<String, Object> nonCredit(long loans, SplittableRandom rng) {
        long assets = Alloc.part(loans, 0.02 + 0.02 * rng.nextDouble());
        long npa = Alloc.part(assets, 0.08 + 0.1 * rng.nextDouble());
        long loss = Alloc.part(npa, 0.3 + 0.2 * rng.nextDouble());
        long[] byAssets = Alloc.split(assets, Alloc.jitter(CATEGORY_SHARE, 0.2, rng));
        double[] npaWeights = new double[CATEGORIES.length];
        for (int i = 0; i < npaWeights.length; i++) {
            npaWeights[i] = CATEGORY_SHARE[i] * CATEGORY_RISK[i];
        }
        long[] byNpa = Alloc.capped(npa, npaWeights, byAssets);
        long[] byLoss = Alloc.capped(loss, Alloc.jitter(npaWeights, 0.3, rng), byNpa);
        List<Object> lines = new ArrayList<>();
        for (int i = 0; i < CATEGORIES.length; i++) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("category", CATEGORIES[i]);
            line.putAll(ncAmounts(byAssets[i], byNpa[i], byLoss[i]));
            lines.add(line);
        }
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("total", ncAmounts(assets, npa, loss));
        s.put("byCategory", lines);
        s.put("disposedInPeriod", Alloc.yuan(Alloc.part(npa, 0.03 + 0.05 * rng.nextDouble())));
        s.put("newInPeriod", Alloc.yuan(Alloc.part(npa, 0.03 + 0.06 * rng.nextDouble())));
        return s;
    }

    static Map<String, Object> offBalanceSheet(long loans, SplittableRandom rng) {
        long[] outstanding = Alloc.split(Alloc.part(loans, 0.2 + 0.15 * rng.nextDouble()), Alloc.jitter(BUSINESS_SHARE, 0.2, rng));
        long[] sums = new long[3];
        List<Object> lines = new ArrayList<>();
        for (int i = 0; i < BUSINESS.length; i++) {
            long advances = Alloc.part(outstanding[i], 0.001 + 0.005 * rng.nextDouble());
            long fresh = Alloc.part(advances, 0.2 + 0.3 * rng.nextDouble());
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("businessType", BUSINESS[i]);
            line.putAll(obsAmounts(outstanding[i], advances, fresh));
            lines.add(line);
            sums[0] += outstanding[i];
            sums[1] += advances;
            sums[2] += fresh;
        }
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("totals", obsAmounts(sums[0], sums[1], sums[2]));
        s.put("byBusinessType", lines);
        return s;
    }

    /** Words for the quarter, with the two largest NPL clients as typical cases and next month's ratio as projection. */
    static Map<String, Object> narrative(double ratioBefore, double ratioNow, double ratioNext, List<Object> clients, String topCause) {
        String trend = ratioNow > ratioBefore + 0.001 ? "rose" : ratioNow < ratioBefore - 0.001 ? "fell" : "was stable";
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("causeAnalysis", "The NPL ratio " + trend + " over the quarter (" + pct(ratioBefore) + " to " + pct(ratioNow)
                + "). Most new NPL came from " + topCause.toLowerCase().replace('_', ' ') + ".");
        List<Object> cases = new ArrayList<>();
        clients.stream().map(c -> (Map<?, ?>) c).filter(c -> ((BigDecimal) c.get("nplBalance")).signum() > 0)
                .sorted((a, b) -> ((BigDecimal) b.get("nplBalance")).compareTo((BigDecimal) a.get("nplBalance")))
                .limit(2).forEach(c -> {
                    Map<String, Object> tc = new LinkedHashMap<>();
                    tc.put("title", c.get("name"));
                    tc.put("amount", c.get("nplBalance"));
                    tc.put("cause", topCause);
                    tc.put("text", "Loans of " + c.get("name") + " were downgraded after repayments fell behind.");
                    cases.add(tc);
                });
        n.put("typicalCases", cases);
        Map<String, Object> projection = new LinkedHashMap<>();
        projection.put("projectedNplRatio", BigDecimal.valueOf(ratioNext).setScale(4, RoundingMode.HALF_UP));
        projection.put("text", "The NPL ratio is expected at about " + pct(ratioNext) + " next month.");
        n.put("trendProjection", projection);
        n.put("measures", ratioNow > ratioBefore + 0.001
                ? "Tighter pre-lending checks in the affected industries; collection and collateral disposal were stepped up."
                : "Routine collection and write-off of eligible loans; pre-lending checks unchanged.");
        return n;
    }

    private static String pct(double ratio) {
        return BigDecimal.valueOf(ratio * 100).setScale(2, RoundingMode.HALF_UP) + "%";
    }

    private static Map<String, Object> ncAmounts(long assets, long npa, long loss) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("assets", Alloc.yuan(assets));
        m.put("npa", Alloc.yuan(npa));
        m.put("estimatedLoss", Alloc.yuan(loss));
        return m;
    }

    private static Map<String, Object> obsAmounts(long outstanding, long advances, long fresh) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("outstanding", Alloc.yuan(outstanding));
        m.put("advances", Alloc.yuan(advances));
        m.put("newAdvances", Alloc.yuan(fresh));
        return m;
    }
}
