package cn.npa.indicator.rest;

import cn.npa.indicator.domain.indicator.Decimals;
import cn.npa.indicator.service.AssessmentReadService;
import java.math.BigDecimal;

/** A unit's place in a ranking: rank (1 best), how many were ranked, its percentile (100 best) and the value ranked. */
public record RankEntryView(String code, String kind, Integer rank, int rankedCount, BigDecimal percentile, BigDecimal value,
                            BigDecimal display, String reason) {

    public static RankEntryView of(AssessmentReadService.RankEntry e) {
        var r = e.rank();
        return new RankEntryView(e.node().code(), e.node().kind().name(), r.rank(), r.rankedCount(), r.percentile(), r.value().value(),
                r.value().value() == null ? null : Decimals.display(r.value().value(), 2), r.reason() == null ? null : r.reason().name());
    }
}
