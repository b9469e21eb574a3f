package cn.npa.indicator.domain.assessment;

import cn.npa.indicator.domain.figures.Basis;
import cn.npa.indicator.domain.indicator.IndicatorValue;
import cn.npa.indicator.domain.indicator.UndefinedReason;
import cn.npa.indicator.domain.indicator.PeerAggregate;
import cn.npa.indicator.domain.peer.PeerDistribution;
import cn.npa.indicator.domain.peer.PeerWarning;
import cn.npa.indicator.domain.peer.QuantileResult;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The peer statistics of one column in one universe, as a run keeps them: what {@code PeerStatistics} says, with the
 * long unit lists of a national peer group reduced to counts (the units trimmed are listed only for small groups;
 * which ones they are follows from the stored inputs and the documented order).
 *
 * @param aggregate        the group figure from summed amounts (null for I5/I6)
 * @param aggregateUnits   members summed into the aggregate
 * @param trimmedPerEnd    observations dropped from each end before the quantiles
 * @param trimmedUnits     the units dropped, when at most {@link #LISTED} were
 * @param withoutValue     members without a value, counted by reason
 */
public record PeerSummary(Basis basis, Universe universe, Column column, String quantileMethod, int memberCount,
                          int observationCount, IndicatorValue aggregate, int aggregateUnits, int trimmedPerEnd,
                          List<String> trimmedUnits, QuantileResult median, List<QuantileResult> percentiles,
                          Set<PeerWarning> warnings, Map<UndefinedReason, Integer> withoutValue) {

    /** Trimmed units are listed up to this many. */
    public static final int LISTED = 50;

    public PeerSummary {
        trimmedUnits = List.copyOf(trimmedUnits);
        percentiles = List.copyOf(percentiles);
        warnings = Set.copyOf(warnings);
        withoutValue = Map.copyOf(withoutValue);
    }

    public static PeerSummary of(Basis basis, Universe universe, Column column, String quantileMethod, PeerDistribution d,
                                 PeerAggregate aggregate) {
        return new PeerSummary(basis, universe, column, quantileMethod, d.memberCount(), d.observationCount(),
                aggregate == null ? null : aggregate.value(), aggregate == null ? 0 : aggregate.unitsUsed().size(),
                d.trimmedPerEnd(), d.trimmedUnits(), d.median(), d.percentiles(), d.warnings(), d.withoutValue());
    }
}
