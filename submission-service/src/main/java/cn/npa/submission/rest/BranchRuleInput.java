package cn.npa.submission.rest;

import cn.npa.submission.domain.deadline.BranchRuleDraft;

/** A bureau's branch deadline rule as sent; text fields so that every problem can be named. */
public record BranchRuleInput(String bureauCode, String reportType, Integer dueDays, String validFrom, String validTo) {

    /** The same fields, for the rule's parser. */
    public BranchRuleDraft toDraft() {
        return new BranchRuleDraft(bureauCode, reportType, dueDays, validFrom, validTo);
    }
}
