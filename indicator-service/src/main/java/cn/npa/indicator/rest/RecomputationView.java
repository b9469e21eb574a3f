package cn.npa.indicator.rest;

import cn.npa.indicator.domain.assessment.Recomputation;

/** A run computed again from its stored inputs: {@code same} when both fingerprints equal the stored ones. */
public record RecomputationView(long runId, boolean same, String fingerprint, String recomputedFingerprint, String resultsSha256,
                                String recomputedResultsSha256, long millis) {

    public static RecomputationView of(Recomputation r) {
        return new RecomputationView(r.runId(), r.same(), r.fingerprint(), r.recomputedFingerprint(), r.resultsSha256(),
                r.recomputedResultsSha256(), r.millis());
    }
}
