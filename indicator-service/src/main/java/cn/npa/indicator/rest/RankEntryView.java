package cn.npa.indicator.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import cn.npa.indicator.domain.indicator.Decimals;
import cn.npa.indicator.service.AssessmentReadService;
import java.math.BigDecimal;

/** A unit's place in a ranking: rank (1 best), how many were ranked, its percentile (100 best) and the value ranked. */
public record RankEntryView(String code, String kind, @Schema(nullable = true) Integer rank, int rankedCount, @Schema(nullable = true) BigDecimal percentile, @Schema(nullable = true) BigDecimal value,
                            @Schema(nullable = true) BigDecimal display, @Schema(nullable = true) String reason) {

    public static RankEntryView of(AssessmentReadService.RankEntry e) {
        var r = e.rank();
        return new RankEntryView(e.node().code(), e.node().kind().name(), r.rank(), r.rankedCount(), r.percentile(), r.value().value(),
                r.value().value() == null ? null : Decimals.display(r.value().value(), 2), r.reason() == null ? null : r.reason().name());
    }
}
