package cn.npa.embedded;

/** What one fault run ended with, as docs/reliability.md records it, and whether it holds against the run without faults. */
record FaultOutcome(FaultWave.Fault fault, int sent, int acknowledged, int rejected, long storedSubmission, long storedReport,
                    long lost, long duplicated, double waveSeconds, double convergeSeconds, String rollupDigest,
                    String assessmentFingerprint) {

    static final String HEADER = "fault | requests sent | acknowledged | rejected (422) | stored: submission / report | lost | duplicated"
            + " | wave | converged after | national rollups | assessment fingerprint";

    String row(FaultOutcome baseline) {
        return String.format("%s | %,d | %,d | %,d | %,d / %,d | %d | %d | %.1f s | %.1f s | %s%s | %s%s", fault, sent, acknowledged,
                rejected, storedSubmission, storedReport, lost, duplicated, waveSeconds, convergeSeconds, rollupDigest.substring(0, 12),
                rollupDigest.equals(baseline.rollupDigest) ? " (same)" : " (DIFFERS)", assessmentFingerprint,
                assessmentFingerprint.equals(baseline.assessmentFingerprint) ? " (same)" : " (DIFFERS)");
    }

    /** Every acknowledged filing stored once in both services, nothing refused stored, the same results as without faults. */
    boolean holds(FaultOutcome baseline) {
        return lost == 0 && duplicated == 0 && storedSubmission == acknowledged && storedReport == acknowledged
                && acknowledged == baseline.acknowledged && rollupDigest.equals(baseline.rollupDigest)
                && assessmentFingerprint.equals(baseline.assessmentFingerprint);
    }
}
