package cn.npa.common.web;

import cn.npa.common.problem.FieldError;
import cn.npa.common.problem.ProblemException;
import cn.npa.common.problem.RuleId;
import java.util.ArrayList;
import java.util.List;

/** Which page a caller asks for ({@code page} from 0, {@code size} up to {@link Page#MAX_SIZE}), checked. */
public record PageRequest(int page, int size) {

    public static PageRequest of(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? Page.DEFAULT_SIZE : size;
        List<FieldError> errors = new ArrayList<>();
        if (p < 0) {
            errors.add(new FieldError(RuleId.PAGE, "page", "page must be 0 or more"));
        }
        if (s < 1 || s > Page.MAX_SIZE) {
            errors.add(new FieldError(RuleId.PAGE, "size", "size must be between 1 and " + Page.MAX_SIZE));
        }
        if (errors.isEmpty() && (long) p * s > Integer.MAX_VALUE) {
            errors.add(new FieldError(RuleId.PAGE, "page", "page " + p + " of size " + s + " lies beyond any list (page × size must stay below 2^31)"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest("The paging parameters are out of range.", errors);
        }
        return new PageRequest(p, s);
    }

    public int offset() {
        return page * size;
    }
}
