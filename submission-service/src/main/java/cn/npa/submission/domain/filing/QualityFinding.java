package cn.npa.submission.domain.filing;

import cn.npa.common.problem.FieldError;
import cn.npa.common.problem.RuleId;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A quality finding (Q1-Q6): accepted but flagged, with the figures that triggered it, by name, in a stable order. */
public record QualityFinding(String rule, String path, String message, Map<String, BigDecimal> figures) {

    public QualityFinding {
        figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
    }

    public QualityFinding(RuleId rule, String path, String message, Map<String, BigDecimal> figures) {
        this(rule.code(), path, message, figures);
    }

    /** Same rule, same place, same figures by value: the test for carrying an explanation forward and for diffs. */
    public boolean sameAs(QualityFinding other) {
        if (!rule.equals(other.rule) || !path.equals(other.path) || !figures.keySet().equals(other.figures.keySet())) {
            return false;
        }
        return figures.entrySet().stream().allMatch(e -> Sums.same(e.getValue(), other.figures.get(e.getKey())));
    }

    public FieldError toFieldError() {
        return new FieldError(rule, path, message);
    }
}
