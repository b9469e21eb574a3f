package cn.npa.submission.domain.filing;

import cn.npa.common.problem.FieldError;
import java.util.List;

/**
 * The one machine-readable outcome of a filing (domain section 4). Quality findings give a warning even when an
 * explanation was carried forward: the receipt is a fact about this version, and its findings list says which are
 * already explained.
 */
public enum Verdict {
    REJECTED, ACCEPTED_WITH_WARNINGS, ACCEPTED;

    public static Verdict of(List<FieldError> validity, List<QualityFinding> quality) {
        if (!validity.isEmpty()) {
            return REJECTED;
        }
        return quality.isEmpty() ? ACCEPTED : ACCEPTED_WITH_WARNINGS;
    }
}
