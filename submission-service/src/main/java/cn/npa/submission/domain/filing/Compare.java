package cn.npa.submission.domain.filing;

import cn.npa.common.problem.RuleId;
import java.math.BigDecimal;

/** The V3/V4 comparisons of parts with wholes; unknown amounts (already reported) are skipped. */
final class Compare {

    private Compare() {
    }

    /** V3: the parts must add up to the whole exactly (compareTo, so 5 and 5.00 agree). */
    static void sumsTo(Problems problems, String path, String parts, BigDecimal sum, String whole, BigDecimal total) {
        if (sum != null && total != null && sum.compareTo(total) != 0) {
            problems.add(RuleId.V3, path, parts + " add up to " + show(sum) + " but " + whole + " is " + show(total)
                    + " (difference " + show(sum.subtract(total)) + ")");
        }
    }

    /** V3: a partial list may not add up to more than the whole it is part of. */
    static void sumsAtMost(Problems problems, String path, String parts, BigDecimal sum, String whole, BigDecimal total) {
        if (sum != null && total != null && sum.compareTo(total) > 0) {
            problems.add(RuleId.V3, path, parts + " add up to " + show(sum) + ", more than " + whole + " of " + show(total));
        }
    }

    /** V4: a part may not exceed its whole. */
    static void atMost(Problems problems, String path, String part, BigDecimal value, String whole, BigDecimal limit) {
        if (value != null && limit != null && value.compareTo(limit) > 0) {
            problems.add(RuleId.V4, path, part + " of " + show(value) + " exceeds " + whole + " of " + show(limit));
        }
    }

    static String show(BigDecimal amount) {
        return amount.toPlainString();
    }
}
