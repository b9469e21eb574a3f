package cn.npa.report.service.analysis;

import cn.npa.report.domain.figures.Figures;
import cn.npa.report.domain.figures.KeyFigure;
import cn.npa.report.domain.period.RollupPeriod;
import cn.npa.report.domain.projection.Observation;
import cn.npa.report.domain.rollup.Basis;
import cn.npa.report.repository.analysis.FilingTextsRepository;
import cn.npa.report.repository.analysis.FilingTextsRepository.HistoryPoint;
import cn.npa.report.service.rollup.RollupCache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * A node's history of the projected figures (R5): the headline figures of each of the last 12 periods, kept per
 * (node, period) under that period's inputs key so that a document reads a year of history without a year of rollups.
 */
@ApplicationScoped
public class ProjectionHistory {

    private static final Logger LOG = Logger.getLogger(ProjectionHistory.class);

    private final RollupCache cache;
    private final FilingTextsRepository repository;

    public ProjectionHistory(RollupCache cache, FilingTextsRepository repository) {
        this.cache = cache;
        this.repository = repository;
    }

    /** Per projected figure (NPL, NPL_RATIO, NON_CREDIT_NPA, OBS_ADVANCES), its observations up to and with {@code p}. */
    Map<String, List<Observation>> of(String code, RollupPeriod p, Optional<Figures> current, Map<String, Long> revisions) {
        List<RollupPeriod> periods = Periods.history(p);
        Map<String, HistoryPoint> stored = QuarkusTransaction.requiringNew().call(
                () -> repository.history(code, periods.stream().map(RollupPeriod::toString).toList()));
        List<Map.Entry<RollupPeriod, HistoryPoint>> points = new ArrayList<>();
        for (RollupPeriod q : periods) {
            String key = revisions.getOrDefault(q.toString(), 0L) + "/" + revisions.getOrDefault("*", 0L);
            HistoryPoint point;
            if (q.equals(p)) {
                point = point(q, key, current);
            } else if (revisions.getOrDefault(q.toString(), 0L) == 0L) {
                continue; // nothing was ever filed for that period
            } else if (stored.containsKey(q.toString()) && stored.get(q.toString()).inputsKey().equals(key)) {
                point = stored.get(q.toString());
            } else {
                point = point(q, key, figures(q, code));
                HistoryPoint fresh = point;
                QuarkusTransaction.requiringNew().run(() -> repository.storeHistory(code, fresh));
            }
            points.add(Map.entry(q, point));
        }
        Map<String, List<Observation>> out = new LinkedHashMap<>();
        out.put("NPL", series(points, HistoryPoint::npl));
        out.put("NPL_RATIO", series(points, HistoryPoint::nplRatio));
        out.put("NON_CREDIT_NPA", series(points, HistoryPoint::npa));
        out.put("OBS_ADVANCES", series(points, HistoryPoint::advances));
        return out;
    }

    private Optional<Figures> figures(RollupPeriod q, String code) {
        try {
            return NodeFigures.figures(cache.get(q, Basis.RESTATED), code);
        } catch (RuntimeException e) {
            LOG.debugf("no rollup of %s for the history of %s: %s", q, code, e.getMessage());
            return Optional.empty();
        }
    }

    private static HistoryPoint point(RollupPeriod q, String key, Optional<Figures> f) {
        return new HistoryPoint(q.toString(), key, f.flatMap(Figures::npl).orElse(null), f.flatMap(Figures::nplRatio).orElse(null),
                f.flatMap(KeyFigure.NON_CREDIT_NPA::of).orElse(null), f.flatMap(KeyFigure.OBS_ADVANCES::of).orElse(null));
    }

    private static List<Observation> series(List<Map.Entry<RollupPeriod, HistoryPoint>> points, Function<HistoryPoint, BigDecimal> read) {
        List<Observation> out = new ArrayList<>();
        for (Map.Entry<RollupPeriod, HistoryPoint> e : points) {
            BigDecimal v = read.apply(e.getValue());
            if (v != null) {
                out.add(new Observation(e.getKey().toString(), Periods.step(e.getKey()), v));
            }
        }
        return out;
    }
}
