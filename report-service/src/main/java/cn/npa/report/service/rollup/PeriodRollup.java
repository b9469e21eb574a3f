package cn.npa.report.service.rollup;

import cn.npa.report.domain.period.RollupPeriod;
import cn.npa.report.domain.rollup.BankRollup;
import cn.npa.report.domain.rollup.Basis;
import cn.npa.report.domain.rollup.Coverages;
import cn.npa.report.domain.rollup.Expectations;
import cn.npa.report.service.register.RegisterCopy;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.concurrent.ConcurrentMap;

/**
 * One period's rollup on one basis (R1, R2): the trees of the period end, every bank node's figure, coverage, and the
 * filing version each filing unit contributed (R6), and the node rollups read so far. {@code stamp} names the inputs it was computed from; when the
 * inputs' stamp moves on, it is recomputed.
 */
public record PeriodRollup(RollupPeriod period, Basis basis, RegisterCopy register, BankRollup rollup, Coverages coverages,
                           Expectations expectations, Map<String, FilingVersion> versions, String stamp,
                           OffsetDateTime computedAt, ConcurrentMap<String, Object> memo) {

    /** A node's rollup, computed on first read and kept with this period's rollup (the reads of a day are mostly the same nodes). */
    public NodeRollup node(String code, java.util.function.Function<String, NodeRollup> compute) {
        return derived("node:" + code, () -> compute.apply(code));
    }

    /** Anything else derived from this rollup and kept with it (a node's top-N tables), computed on first read. */
    @SuppressWarnings("unchecked")
    public <T> T derived(String key, java.util.function.Supplier<T> compute) {
        // computed outside the map (a derivation may read other derivations; computeIfAbsent must not nest), first one kept
        Object known = memo.get(key);
        if (known != null) {
            return (T) known;
        }
        Object fresh = compute.get();
        Object raced = memo.putIfAbsent(key, fresh);
        return (T) (raced == null ? fresh : raced);
    }

    /** The submission version a filing unit's figure comes from. */
    public record FilingVersion(String submissionId, int version) {
    }
}
