package cn.npa.submission.domain.filing;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A filer's explanation of one quality finding, kept with the rule and the report version it answers. */
public record Explanation(String rule, int version, String path, Map<String, BigDecimal> figures, String text) {

    public Explanation {
        figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
    }

    /** The explanation of {@code finding} given for {@code version}. */
    public static Explanation of(QualityFinding finding, int version, String text) {
        return new Explanation(finding.rule(), version, finding.path(), finding.figures(), text);
    }

    /** True when this explanation answers a finding with the same rule, place and figures. */
    public boolean answers(QualityFinding finding) {
        return finding.sameAs(new QualityFinding(rule, path, text, figures));
    }
}
