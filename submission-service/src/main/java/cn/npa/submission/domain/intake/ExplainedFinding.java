package cn.npa.submission.domain.intake;

import java.math.BigDecimal;
import java.util.Map;

/** A quality finding with the figures it compared and, once explained, its explanation (null until then). */
public record ExplainedFinding(String rule, String path, String message, Map<String, BigDecimal> figures, GivenExplanation explanation) {
}
