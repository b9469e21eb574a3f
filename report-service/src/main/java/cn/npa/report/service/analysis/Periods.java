package cn.npa.report.service.analysis;

import cn.npa.report.domain.period.RollupPeriod;
import java.util.ArrayList;
import java.util.List;

/** The periods a document of a period reads: previous, beginning of year (domain §2), and its projection history. */
final class Periods {

    /** Periods of history a projection reads, the document's own included (R5: at least 12 when available). */
    static final int HISTORY = 12;

    private Periods() {
    }

    /** Beginning of year (年初): December, Q4 or the year before. */
    static RollupPeriod yearStart(RollupPeriod p) {
        return switch (p.grain()) {
            case MONTH -> new RollupPeriod(p.year() - 1, RollupPeriod.Grain.MONTH, 12);
            case QUARTER -> new RollupPeriod(p.year() - 1, RollupPeriod.Grain.QUARTER, 4);
            case YEAR -> new RollupPeriod(p.year() - 1, RollupPeriod.Grain.YEAR, 1);
        };
    }

    /** The position on the time axis: consecutive periods of a grain have consecutive steps. */
    static long step(RollupPeriod p) {
        return switch (p.grain()) {
            case MONTH -> p.year() * 12L + p.index() - 1;
            case QUARTER -> p.year() * 4L + p.index() - 1;
            case YEAR -> p.year();
        };
    }

    static RollupPeriod next(RollupPeriod p) {
        return switch (p.grain()) {
            case MONTH -> p.index() == 12 ? new RollupPeriod(p.year() + 1, p.grain(), 1) : new RollupPeriod(p.year(), p.grain(), p.index() + 1);
            case QUARTER -> p.index() == 4 ? new RollupPeriod(p.year() + 1, p.grain(), 1) : new RollupPeriod(p.year(), p.grain(), p.index() + 1);
            case YEAR -> new RollupPeriod(p.year() + 1, p.grain(), 1);
        };
    }

    /** The {@link #HISTORY} periods ending with {@code p}, oldest first. */
    static List<RollupPeriod> history(RollupPeriod p) {
        List<RollupPeriod> out = new ArrayList<>();
        RollupPeriod q = p;
        for (int i = 0; i < HISTORY; i++) {
            out.add(0, q);
            q = q.previous();
        }
        return out;
    }

    /** Every period whose inputs a document reads (its inputs key): history, previous, beginning of year. */
    static List<String> read(RollupPeriod p) {
        List<String> out = new ArrayList<>(history(p).stream().map(RollupPeriod::toString).toList());
        for (RollupPeriod q : List.of(p.previous().previous(), yearStart(p))) {
            if (!out.contains(q.toString())) {
                out.add(q.toString());
            }
        }
        return out;
    }
}
