package cn.npa.indicator.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import cn.npa.indicator.domain.assessment.AssessmentRun;
import cn.npa.indicator.domain.assessment.RunFormula;
import cn.npa.indicator.domain.peer.ProgressWeights;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An assessment run: what it assessed, what it read (loads and figure versions, formulas, weights, flags as of) and its fingerprints. */
public record RunView(long id, String period, String regulatorCode, String status, List<InputView> inputs, List<RunFormula> formulas,
                      Map<String, BigDecimal> weights, String quantileMethod, OffsetDateTime flagsAsOf, List<String> assetClasses,
                      int nodeCount, long valueCount, String fingerprint, String resultsSha256, int computeMillis,
                      OffsetDateTime createdAt, String createdBy, @Schema(nullable = true, implementation = String.class, format = "date-time") OffsetDateTime publishedAt, @Schema(nullable = true) String publishedBy) {

    /** One input slot: the period read and the load (figure version) used. */
    public record InputView(String slot, String period, long loadId, int figureVersion) {
    }

    public static RunView of(AssessmentRun r) {
        Map<String, BigDecimal> w = new LinkedHashMap<>();
        ProgressWeights.INDICATORS.forEach(f -> w.put(f.id(), r.weights().weight(f)));
        return new RunView(r.id(), r.period(), r.regulatorCode(), r.status().name(),
                r.inputs().values().stream().sorted(java.util.Comparator.comparing(i -> i.slot().ordinal()))
                        .map(i -> new InputView(i.slot().name(), i.period(), i.loadId(), i.figureVersion())).toList(),
                r.formulas(), w, r.quantileMethod(), r.flagsAsOf(), r.classes().stream().sorted().map(Enum::name).toList(), r.nodeCount(),
                r.valueCount(), r.fingerprint(), r.resultsSha256(), r.computeMillis(), r.createdAt(), r.createdBy(), r.publishedAt(),
                r.publishedBy());
    }
}
