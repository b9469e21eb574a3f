package cn.npa.submission.service;

import cn.npa.submission.domain.deadline.BranchDeadlineRule;

/** A bureau's branch deadline rule with its storage id and author. */
public record StoredBranchRule(long id, BranchDeadlineRule rule, String createdBy) {
}
