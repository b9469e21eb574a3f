package cn.npa.submission.domain.filing;

import cn.npa.common.problem.FieldError;
import cn.npa.common.problem.RuleId;
import java.util.ArrayList;
import java.util.List;

/** Collects findings while a filing is read or checked, so that every problem is reported at once. */
final class Problems {

    private final List<FieldError> errors = new ArrayList<>();

    void add(RuleId rule, String path, String message) {
        errors.add(new FieldError(rule, path, message));
    }

    List<FieldError> list() {
        return List.copyOf(errors);
    }
}
