package cn.npa.submission.domain.filing;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The carry-forward rule of domain section 4: a later version that triggers the same finding with the same figures
 * inherits the explanation; if several earlier versions explained it, the latest one's words apply.
 */
public final class Explanations {

    private Explanations() {
    }

    /** Each finding of {@code version} with the explanation it inherits from an earlier version, if any. */
    public static List<ExplainedFinding> carryForward(List<QualityFinding> findings, int version, List<Explanation> kept) {
        return findings.stream().map(f -> new ExplainedFinding(f, inherited(f, version, kept).orElse(null))).toList();
    }

    private static Optional<Explanation> inherited(QualityFinding finding, int version, List<Explanation> kept) {
        return kept.stream()
                .filter(e -> e.version() < version && e.answers(finding))
                .max(Comparator.comparingInt(Explanation::version));
    }

    /** A finding and the explanation it carries ({@code null} while unexplained). */
    public record ExplainedFinding(QualityFinding finding, Explanation explanation) {

        public boolean explained() {
            return explanation != null;
        }
    }
}
