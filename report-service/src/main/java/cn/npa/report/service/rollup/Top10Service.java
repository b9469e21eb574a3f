package cn.npa.report.service.rollup;

import cn.npa.common.security.Caller;
import cn.npa.report.domain.figures.Figures;
import cn.npa.report.domain.period.RollupPeriod;
import cn.npa.report.domain.rollup.Basis;
import cn.npa.report.domain.rollup.NodeFigure;
import cn.npa.report.domain.top10.R3Tables;
import cn.npa.report.domain.top10.TopTables;
import cn.npa.report.domain.top10.UnitRow;
import cn.npa.report.domain.tree.InstitutionSnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.jboss.logging.Logger;

/** R3: the top-N tables of a node (Art. 8(2), 9(2), 10(2)), N chosen by the reader (each bureau decides, default 10). */
@ApplicationScoped
public class Top10Service {

    private static final Logger LOG = Logger.getLogger(Top10Service.class);

    private final RollupCache cache;
    private final Caller caller;

    public Top10Service(RollupCache cache, Caller caller) {
        this.cache = cache;
        this.caller = caller;
    }

    /** The tables of a node the caller may read, with the register copy they were computed on. */
    public Top10 tables(String code, RollupPeriod period, Basis basis, int n) {
        PeriodRollup p = cache.get(period, basis);
        InstitutionSnapshot node = RollupScope.require(caller, p.register().hierarchy(), code);
        Figures scope = RollupService.rollupOf(p, node).figures().orElse(Figures.ZERO);
        R3Tables tables = p.derived("top:" + code + ":" + n,
                () -> TopTables.of(p.rollup(), code, scope, previousObsOutstanding(p, code), n));
        return new Top10(p, node, tables);
    }

    /** The tables and what they were computed from. */
    public record Top10(PeriodRollup of, InstitutionSnapshot node, R3Tables tables) {
    }

    /** Each grade-one branch's OBS outstanding in the previous period (OBS growth); none for months (no OBS section). */
    private Map<String, BigDecimal> previousObsOutstanding(PeriodRollup p, String code) {
        if (p.period().grain() == RollupPeriod.Grain.MONTH) {
            return Map.of();
        }
        PeriodRollup previous;
        try {
            previous = cache.get(p.period().previous(), p.basis());
        } catch (RuntimeException e) {
            // no register copy of the previous period end yet: growth is shown as unknown, not guessed
            LOG.debugf("no previous rollup for %s: %s", p.period(), e.getMessage());
            return Map.of();
        }
        Map<String, BigDecimal> out = new HashMap<>();
        for (UnitRow row : TopTables.gradeOneBranches(p.rollup(), code)) {
            previous.rollup().figure(row.code()).map(NodeFigure::figures).flatMap(Figures::offBalanceSheet)
                    .map(o -> o.totals().outstanding()).ifPresent(v -> out.put(row.code(), v));
        }
        return out;
    }
}
