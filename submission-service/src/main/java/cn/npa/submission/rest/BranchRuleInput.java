package cn.npa.submission.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import cn.npa.submission.domain.period.ReportType;
import cn.npa.submission.domain.deadline.BranchRuleDraft;

/** A bureau's branch deadline rule as sent; text fields so that every problem can be named. */
public record BranchRuleInput(String bureauCode, @Schema(implementation = ReportType.class) String reportType, Integer dueDays, String validFrom, String validTo) {

    /** The same fields, for the rule's parser. */
    public BranchRuleDraft toDraft() {
        return new BranchRuleDraft(bureauCode, reportType, dueDays, validFrom, validTo);
    }
}
