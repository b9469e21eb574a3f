package cn.npa.submission.domain.deadline;

/** A bureau's branch deadline rule as received; text fields so that every problem can be named. */
public record BranchRuleDraft(String bureauCode, String reportType, Integer dueDays, String validFrom, String validTo) {
}
