package cn.npa.submission.domain.filing;

import cn.npa.common.problem.FieldError;
import java.util.List;

/**
 * The checks that need the register and the caller, implemented by the service layer: V5 (the filer exists, is active
 * at the period end, may file this report type, and the period has ended) and V8 (the submitter may file for it).
 * Called only when the header is complete and well-formed.
 */
@FunctionalInterface
public interface FilerCheck {

    /** A check that finds nothing: for pure tests of the filing's own content. */
    FilerCheck NONE = header -> List.of();

    List<FieldError> check(FilingHeader header);
}
