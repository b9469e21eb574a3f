package cn.npa.submission.domain.filing;

import java.util.List;

/** The filer's own analysis (Art. 8(5)(6), 9(4)(5), 10(3)(4)); {@code evaluation} is the bureau's overall evaluation. */
public record Narrative(String causeAnalysis, List<TypicalCase> typicalCases, TrendProjection trendProjection,
                        String measures, String evaluation) {
}
