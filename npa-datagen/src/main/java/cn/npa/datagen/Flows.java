package cn.npa.datagen;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The NPL movements of a period in fen, with new NPL split by cause and the disposals (every reduction except
 * {@code upgraded}) split by disposal method, {@code WRITE_OFF} being exactly {@code writtenOff}. A quarter's flows
 * are the sum of its months'.
 */
record Flows(long opening, long newNpl, long cash, long writtenOff, long swap, long upgraded, long other,
             Map<String, Long> causes, Map<String, Long> disposals) {

    static final List<String> CAUSES = List.of("POOR_MANAGEMENT_OR_BANKRUPTCY", "DEBT_EVASION", "ENTERPRISE_VIOLATION",
            "GOVERNMENT_INTERFERENCE", "THREE_CHECKS_VIOLATION", "AUTHORIZATION_VIOLATION", "EMPLOYEE_MISCONDUCT", "OTHER");
    private static final double[] CAUSE_WEIGHTS = {45, 12, 8, 3, 8, 4, 2, 18};
    private static final String[] CASH_METHODS = {"COLLECTION_LITIGATION", "DEBT_RESTRUCTURING", "ASSET_RESTRUCTURING",
        "BANKRUPTCY_LIQUIDATION"};
    private static final double[] CASH_WEIGHTS = {55, 25, 12, 8};
    private static final String[] SWAP_METHODS = {"COLLATERAL_DISPOSAL", "DEBT_TO_EQUITY"};
    private static final double[] SWAP_WEIGHTS = {80, 20};
    private static final String[] OTHER_METHODS = {"PACKAGED_TRANSFER", "MARKET_TRANSFER", "SECURITIZATION", "DEBT_RELIEF"};
    private static final double[] OTHER_WEIGHTS = {45, 25, 20, 10};

    /** The flows of one month of a trajectory, split by cause and method with the month's own draws. */
    static Flows of(Trajectory.Month m, SplittableRandom rng) {
        Map<String, Long> causes = new LinkedHashMap<>();
        put(causes, CAUSES.toArray(String[]::new), Alloc.split(m.newNpl(), Alloc.jitter(CAUSE_WEIGHTS, 0.6, rng)));
        Map<String, Long> disposals = new LinkedHashMap<>();
        disposals.put("WRITE_OFF", m.writtenOff());
        put(disposals, CASH_METHODS, Alloc.split(m.cash(), Alloc.jitter(CASH_WEIGHTS, 0.5, rng)));
        put(disposals, SWAP_METHODS, Alloc.split(m.swap(), Alloc.jitter(SWAP_WEIGHTS, 0.5, rng)));
        put(disposals, OTHER_METHODS, Alloc.split(m.other(), Alloc.jitter(OTHER_WEIGHTS, 0.5, rng)));
        return new Flows(m.opening(), m.newNpl(), m.cash(), m.writtenOff(), m.swap(), m.upgraded(), m.other(), causes, disposals);
    }

    /** The flows of this period followed by the next one: the opening stays this one's. */
    Flows then(Flows next) {
        Map<String, Long> c = new LinkedHashMap<>(causes);
        next.causes.forEach((k, v) -> c.merge(k, v, Long::sum));
        Map<String, Long> d = new LinkedHashMap<>(disposals);
        next.disposals.forEach((k, v) -> d.merge(k, v, Long::sum));
        return new Flows(opening, newNpl + next.newNpl, cash + next.cash, writtenOff + next.writtenOff, swap + next.swap,
                upgraded + next.upgraded, other + next.other, c, d);
    }

    /** Every reduction: cash, write-off, swap, upgrade and other. */
    long reductions() {
        return cash + writtenOff + swap + upgraded + other;
    }

    private static void put(Map<String, Long> into, String[] keys, long[] amounts) {
        for (int i = 0; i < keys.length; i++) {
            into.merge(keys[i], amounts[i], Long::sum);
        }
    }
}
