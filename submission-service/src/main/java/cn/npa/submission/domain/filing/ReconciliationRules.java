package cn.npa.submission.domain.filing;

import cn.npa.common.problem.RuleId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The cross-filing quality rules: Q4 (a parent against its children) and Q6 (monthly vs quarterly, Q4 vs annual). */
public final class ReconciliationRules {

    static final BigDecimal CHILDREN_TOLERANCE = new BigDecimal("0.001");

    private ReconciliationRules() {
    }

    /**
     * Q4: each figure the parent filed differs from the sum of its children's by more than 0.1% of that sum (the
     * children are the reference; when they sum to 0, any non-zero parent figure is flagged).
     */
    public static List<QualityFinding> childrenMismatch(Filing parent, Map<KeyFigure, BigDecimal> childrenSums) {
        List<QualityFinding> found = new ArrayList<>();
        for (KeyFigure figure : KeyFigure.values()) {
            BigDecimal own = figure.of(parent);
            BigDecimal children = childrenSums.get(figure);
            if (own == null || children == null) {
                continue;
            }
            BigDecimal gap = own.subtract(children);
            if (gap.abs().compareTo(children.multiply(CHILDREN_TOLERANCE)) > 0) {
                Map<String, BigDecimal> figures = new LinkedHashMap<>();
                figures.put("filed", own);
                figures.put("childrenSum", children);
                figures.put("difference", gap);
                found.add(new QualityFinding(RuleId.Q4, figure.path(), "filed " + figure.label() + " of " + Compare.show(own)
                        + " differ from the sum of the units below, " + Compare.show(children) + ", by more than 0.1%", figures));
            }
        }
        return found;
    }

    /**
     * Q6: a quarter-end monthly report against the quarterly report of that quarter, or a Q4 report against the annual
     * one: every figure both carry must agree exactly, as both describe the same balance sheet on the same day.
     */
    public static List<QualityFinding> counterpartMismatch(Filing current, KeyFigures counterpart) {
        List<QualityFinding> found = new ArrayList<>();
        if (counterpart == null) {
            return found;
        }
        for (KeyFigure figure : KeyFigure.values()) {
            BigDecimal own = figure.of(current);
            BigDecimal other = KeyFigures.get(counterpart, figure);
            if (own == null || other == null || own.compareTo(other) == 0) {
                continue;
            }
            Map<String, BigDecimal> figures = new LinkedHashMap<>();
            figures.put("filed", own);
            figures.put("counterpart", other);
            found.add(new QualityFinding(RuleId.Q6, figure.path(), figure.label() + " of " + Compare.show(own) + " differ from the "
                    + Compare.show(other) + " in the " + counterpart.reportType() + " report for "
                    + counterpart.period() + ", which covers the same date", figures));
        }
        return found;
    }
}
