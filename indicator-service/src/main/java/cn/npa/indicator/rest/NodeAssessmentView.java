package cn.npa.indicator.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import cn.npa.indicator.domain.figures.AssetClass;
import cn.npa.indicator.domain.figures.Basis;
import cn.npa.indicator.domain.assessment.NodeAssessment;
import cn.npa.indicator.domain.assessment.RankColumn;
import cn.npa.indicator.domain.indicator.Decimals;
import cn.npa.indicator.domain.indicator.IndicatorValue;
import cn.npa.indicator.domain.peer.ProgressDegree;
import cn.npa.indicator.domain.peer.UnitRank;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One node's assessment in a run. Each indicator names its formula (a variant such as I6' is listed beside its default
 * I6 when the regulator chose it), asset class, comparison base and unit; {@code value} is exact, {@code display}
 * rounded HALF_UP to 2 places; an undefined indicator has no value and a {@code reason}.
 */
public record NodeAssessmentView(long runId, String runStatus, String period, String regulatorCode, NodeView node, List<BasisView> bases) {

    /** The indicators, ranks and progress degrees of one basis (AS_FIRST_REPORTED or RESTATED). */
    public record BasisView(@Schema(implementation = Basis.class) String basis, List<IndicatorView> indicators, List<RankView> ranks, List<ProgressView> progress) {
    }

    /** One indicator value. {@code variant}: a regulator's chosen variant rather than the default formula. */
    public record IndicatorView(String formula, String indicator, int version, boolean variant,
                                @Schema(implementation = AssetClass.class) String assetClass,
                                @Schema(nullable = true, description = "Absent for I1 and I8, which compare with nothing") String base,
                                String unit, @Schema(nullable = true) BigDecimal value, @Schema(nullable = true) BigDecimal display,
                                @Schema(nullable = true, description = "Why the indicator is undefined") String reason) {

        static IndicatorView of(IndicatorValue v) {
            return new IndicatorView(v.formulaId(), v.formula().indicator(), v.version(), !v.formula().isDefault(), v.assetClass().name(),
                    v.base() == null ? null : v.base().name(), v.unit().name(), v.value(), v.rounded(2).orElse(null),
                    v.reason() == null ? null : v.reason().name());
        }
    }

    /** A rank in the node's peer group at its level: 1 is best; percentile 100 best, 0 worst. */
    public record RankView(String ranking, String formula, @Schema(nullable = true) String base, @Schema(nullable = true) Integer rank, int rankedCount, @Schema(nullable = true) BigDecimal percentile,
                           @Schema(nullable = true) BigDecimal display, @Schema(nullable = true) String reason) {

        static RankView of(RankColumn c, UnitRank r) {
            return new RankView(c.name(), c.column().formula().id(), c.column().base() == null ? null : c.column().base().name(),
                    r.rank(), r.rankedCount(), r.percentile(), r.percentile() == null ? null : Decimals.display(r.percentile(), 2),
                    r.reason() == null ? null : r.reason().name());
        }
    }

    /** The progress degree against one base: the weighted mean of the percentiles on I1, I2, I4 and I7. */
    public record ProgressView(String base, @Schema(nullable = true) BigDecimal composite, @Schema(nullable = true) BigDecimal display, Map<String, BigDecimal> effectiveWeights,
                               @Schema(nullable = true) String reason) {

        static ProgressView of(ProgressDegree p) {
            Map<String, BigDecimal> w = new LinkedHashMap<>();
            p.effectiveWeights().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> w.put(e.getKey().id(), e.getValue()));
            return new ProgressView(p.base().name(), p.composite(), p.composite() == null ? null : Decimals.display(p.composite(), 2), w,
                    p.reason() == null ? null : p.reason().name());
        }
    }

    public static NodeAssessmentView of(NodeAssessment a) {
        List<BasisView> bases = a.bases().stream().map(s -> new BasisView(s.basis().name(),
                s.values().stream().map(IndicatorView::of).toList(),
                java.util.stream.IntStream.range(0, s.ranks().size()).mapToObj(i -> RankView.of(RankColumn.values()[i], s.ranks().get(i))).toList(),
                s.progress().stream().map(ProgressView::of).toList())).toList();
        return new NodeAssessmentView(a.run().id(), a.run().status().name(), a.run().period(), a.run().regulatorCode(),
                NodeView.of(a.node()), bases);
    }
}
