package cn.npa.datagen;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The month-by-month path of one filer's total loans and NPL from {@link #EPOCH}, with NPL flows that reconcile to
 * the fen: NPL(t) = NPL(t-1) + newNpl - cash - writtenOff - swap - upgraded - other. Loans grow about 0.5% a month;
 * the NPL ratio drifts by a few hundredths of a point a month around the bank's base (Q1 and Q3 stay silent), and a
 * stressed bank adds a 24-month cycle: 16 months rising by 0.15 points, 8 months falling by 0.3 points.
 */
final class Trajectory {

    static final YearMonth EPOCH = YearMonth.of(2018, 1);
    static final int STRESS_CYCLE = 24;
    private static final int RISING = 16;

    /** One month's closing figures and the flows of that month, in fen. */
    record Month(YearMonth month, long loans, long npl, long opening, long newNpl, long cash, long writtenOff,
                 long swap, long upgraded, long other) {
        double ratio() {
            return loans == 0 ? 0 : (double) npl / loans;
        }
    }

    private Trajectory() {
    }

    /** Every month from the epoch to {@code to}, inclusive. */
    static List<Month> path(BankProfile p, String key, long seed, YearMonth to) {
        if (to.isBefore(EPOCH)) {
            throw new IllegalArgumentException("periods start at " + EPOCH + ": " + to);
        }
        List<Month> out = new ArrayList<>();
        long loans = p.startLoans();
        long npl = Math.round(loans * p.baseRatio());
        double walk = 0;
        int index = 0;
        for (YearMonth m = EPOCH; !m.isAfter(to); m = m.plusMonths(1), index++) {
            SplittableRandom r = Alloc.rng(seed, key, 10, index);
            double growth = Math.max(-0.01, Math.min(0.02, 0.005 + 0.004 * r.nextGaussian() + (m.getMonthValue() % 3 == 0 ? 0.003 : 0)));
            loans = Math.round(loans * (1 + growth));
            walk = Math.max(-0.005, Math.min(0.005, 0.9 * walk + 0.0004 * r.nextGaussian()));
            double ratio = Math.max(0.002, p.baseRatio() + walk + stress(p, index));
            long target = Math.round(loans * ratio);
            long reductions = Math.round(npl * (0.03 + 0.04 * r.nextDouble()));
            long newNpl = target - npl + reductions;
            long minimum = Math.round(npl * 0.02);
            if (newNpl < minimum) {
                newNpl = minimum;
                reductions = npl + newNpl - target;
            }
            long[] parts = Alloc.split(reductions, Alloc.jitter(new double[] {30, 25, 10, 15, 20}, 0.5, r));
            out.add(new Month(m, loans, target, npl, newNpl, parts[0], parts[1], parts[2], parts[3], parts[4]));
            npl = target;
        }
        return out;
    }

    /** Extra NPL ratio of a stressed bank in the month with this index. */
    static double stress(BankProfile p, int index) {
        if (!p.stressed()) {
            return 0;
        }
        int phase = (index + p.stressPhase()) % STRESS_CYCLE;
        return phase < RISING ? 0.0015 * phase : 0.0015 * RISING - 0.003 * (phase - RISING);
    }
}
