package cn.npa.submission.domain.deadline;

/** A bureau's branch deadline rule as sent; text fields so that every problem can be named. */
public record BranchRuleInput(String bureauCode, String reportType, Integer dueDays, String validFrom, String validTo) {
}
