package cn.npa.submission.domain.filing;

/**
 * Who files what for which period. {@code amendmentReason} is required when re-filing (checked by the service,
 * which knows the versions); {@code restatement} declares that the opening figures restate the previous period (Q5).
 */
public record FilingHeader(String institutionCode, String reportType, String period, String amendmentReason,
                           boolean restatement) {
}
