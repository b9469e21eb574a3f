package cn.npa.submission.domain.filing;

import cn.npa.common.problem.FieldError;
import java.util.List;

/**
 * What {@link FilingReader} made of a document: the filing as far as it could be read ({@code null} only when the
 * document is not a JSON object), and every problem found. The filing is acceptable only when {@code errors} is empty.
 */
public record ReadResult(Filing filing, List<FieldError> errors) {

    public ReadResult {
        errors = List.copyOf(errors);
    }

    public boolean ok() {
        return filing != null && errors.isEmpty();
    }
}
