package cn.npa.indicator.rest;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import cn.npa.indicator.domain.peer.QuantileResult;
import cn.npa.indicator.domain.assessment.PeerSummary;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The statistics of one indicator in one peer group at one level: the aggregate from summed amounts, the member and
 * observation counts, the median and percentiles after UBPR trimming (floor(5 %) of the observations dropped at each
 * end) with the quantile method named, and warnings (FEWER_THAN_10_MEMBERS).
 */
public record PeerStatisticView(String basis, String peerGroup, String kind, String formula, String assetClass, @Schema(nullable = true) String base,
                                int memberCount, int observationCount, @Schema(nullable = true) BigDecimal aggregate, @Schema(nullable = true) String aggregateReason, int aggregateUnits,
                                String quantileMethod, @Schema(nullable = true, type = SchemaType.OBJECT, implementation = Object.class,
                                        description = "A QuantileView (level, value, units, weights); none without values") QuantileView median, List<QuantileView> percentiles, int trimmedPerEnd,
                                List<String> trimmedUnits, List<String> warnings, Map<String, Integer> withoutValue) {

    /** A quantile: its level (0.5 = median), value, and the units whose values it interpolates with their weights. */
    public record QuantileView(BigDecimal level, @Schema(nullable = true) BigDecimal value, List<String> units, List<BigDecimal> weights) {
        static QuantileView of(QuantileResult q) {
            return q == null ? null : new QuantileView(q.level(), q.value(), q.unitsUsed(), q.weights());
        }
    }

    public static PeerStatisticView of(PeerSummary s) {
        var b = s;
        return new PeerStatisticView(s.basis().name(), s.universe().group().name(), s.universe().kind().name(), s.column().formula().id(),
                s.column().assetClass().name(), s.column().base() == null ? null : s.column().base().name(), s.memberCount(),
                s.observationCount(), s.aggregate() == null ? null : s.aggregate().value(),
                s.aggregate() == null || s.aggregate().reason() == null ? null : s.aggregate().reason().name(), b.aggregateUnits(),
                b.quantileMethod(), QuantileView.of(b.median()), b.percentiles().stream().map(QuantileView::of).toList(), b.trimmedPerEnd(),
                b.trimmedUnits(), b.warnings().stream().map(Enum::name).sorted().toList(),
                b.withoutValue().entrySet().stream().collect(java.util.stream.Collectors.toMap(e -> e.getKey().name(), Map.Entry::getValue,
                        (x, y) -> x, java.util.TreeMap::new)));
    }
}
