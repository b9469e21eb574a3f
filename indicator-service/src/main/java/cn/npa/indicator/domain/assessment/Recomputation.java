package cn.npa.indicator.domain.assessment;

/** A run computed again from its stored inputs, compared with what it stored: {@code same} when both fingerprints match. */
public record Recomputation(long runId, String fingerprint, String recomputedFingerprint, String resultsSha256,
                            String recomputedResultsSha256, long millis) {

    public boolean same() {
        return fingerprint.equals(recomputedFingerprint) && resultsSha256.equals(recomputedResultsSha256);
    }
}
