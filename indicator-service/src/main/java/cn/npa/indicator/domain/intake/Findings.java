package cn.npa.indicator.domain.intake;

import cn.npa.common.problem.FieldError;
import cn.npa.common.problem.RuleId;
import java.util.ArrayList;
import java.util.List;

/**
 * The problems found in an intake, up to a cap: a national intake with a systematic error would otherwise answer with
 * hundreds of thousands of findings. The count goes on; the answer says how many were left out.
 */
final class Findings {

    static final int CAP = 200;

    private final List<FieldError> list = new ArrayList<>();
    private int total;

    void add(RuleId rule, String path, String message) {
        total++;
        if (list.size() < CAP) {
            list.add(new FieldError(rule, path, message));
        }
    }

    boolean isEmpty() {
        return total == 0;
    }

    int total() {
        return total;
    }

    /** The findings kept, with one last line saying how many more there were. */
    List<FieldError> toList() {
        List<FieldError> out = new ArrayList<>(list);
        if (total > list.size()) {
            out.add(new FieldError(RuleId.V7, "$", (total - list.size()) + " more finding(s) not listed"));
        }
        return out;
    }
}
