package cn.npa.submission.domain.filing;

/** The filters of a submission list: institution, report type, period and verdict; null means any. */
public record SubmissionFilter(String institution, String reportType, String period, String verdict) {
}
