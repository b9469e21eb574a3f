package cn.npa.submission.domain.filing;

import java.util.List;

/**
 * The quality findings of a resubmission against the previous version. A finding whose figures changed is a
 * different finding (its explanation would no longer fit): it shows as resolved in its old form and new in its new one.
 */
public record FindingDiff(List<QualityFinding> added, List<QualityFinding> resolved, List<QualityFinding> unchanged) {

    public static FindingDiff between(List<QualityFinding> previous, List<QualityFinding> current) {
        List<QualityFinding> added = current.stream().filter(c -> previous.stream().noneMatch(c::sameAs)).toList();
        List<QualityFinding> resolved = previous.stream().filter(p -> current.stream().noneMatch(p::sameAs)).toList();
        List<QualityFinding> unchanged = current.stream().filter(c -> previous.stream().anyMatch(c::sameAs)).toList();
        return new FindingDiff(added, resolved, unchanged);
    }
}
