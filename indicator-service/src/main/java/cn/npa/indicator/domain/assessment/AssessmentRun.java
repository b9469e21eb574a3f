package cn.npa.indicator.domain.assessment;

import cn.npa.indicator.domain.figures.AssetClass;
import cn.npa.indicator.domain.peer.ProgressWeights;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A stored assessment run: the period and regulator it assessed, everything it was computed from (the loads of its
 * input slots, the formulas and their versions, the progress weights, the quantile method, the instant its K4 flags
 * were read) and the fingerprints of what it computed.
 *
 * @param fingerprint   of every indicator value computed (16 hex digits)
 * @param resultsSha256 of the stored peer statistics, ranks and key lists
 */
public record AssessmentRun(long id, String period, String regulatorCode, RunStatus status, Map<InputSlot, InputLoad> inputs,
                            List<RunFormula> formulas, ProgressWeights weights, String quantileMethod, OffsetDateTime flagsAsOf,
                            Set<AssetClass> classes, int nodeCount, long valueCount, String fingerprint, String resultsSha256,
                            int computeMillis, OffsetDateTime createdAt, String createdBy, OffsetDateTime publishedAt,
                            String publishedBy) {

    public AssessmentRun {
        inputs = Map.copyOf(inputs);
        formulas = List.copyOf(formulas);
        classes = Set.copyOf(classes);
    }

    /** The load ids by slot, for reading the run's inputs again. */
    public Map<InputSlot, Long> loads() {
        Map<InputSlot, Long> out = new java.util.EnumMap<>(InputSlot.class);
        inputs.forEach((slot, input) -> out.put(slot, input.loadId()));
        return out;
    }
}
