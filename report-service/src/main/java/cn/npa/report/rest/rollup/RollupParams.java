package cn.npa.report.rest.rollup;

import cn.npa.common.problem.FieldError;
import cn.npa.common.problem.ProblemException;
import cn.npa.common.problem.RuleId;
import cn.npa.report.domain.rollup.Basis;
import cn.npa.report.service.rollup.RollupService;
import java.util.List;

/** Reading the shared parameters of rollup reads: basis, tree and N, each refused with a 400 naming it. */
final class RollupParams {

    private RollupParams() {
    }

    static Basis basis(String text) {
        if (text == null || text.isBlank()) {
            return Basis.RESTATED;
        }
        try {
            return Basis.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("The basis cannot be read.",
                    List.of(new FieldError(RuleId.PARAM, "basis", "is one of RESTATED (default) or AS_FIRST_REPORTED")));
        }
    }

    static RollupService.Tree tree(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return RollupService.Tree.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("The tree cannot be read.",
                    List.of(new FieldError(RuleId.PARAM, "tree", "is one of BANK or SUPERVISORY")));
        }
    }

    static int n(Integer n) {
        if (n == null) {
            return 10;
        }
        if (n < 1 || n > 1000) {
            throw ProblemException.badRequest("N cannot be used.", List.of(new FieldError(RuleId.PARAM, "n", "is from 1 to 1000")));
        }
        return n;
    }
}
