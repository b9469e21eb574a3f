package cn.npa.submission.service;

import io.quarkus.cache.CacheInvalidateAll;
import cn.npa.common.problem.ProblemException;
import cn.npa.common.security.Caller;
import cn.npa.common.time.Shanghai;
import cn.npa.common.web.Page;
import cn.npa.common.web.PageRequest;
import cn.npa.submission.domain.deadline.BranchDeadlineRule;
import cn.npa.submission.domain.deadline.BranchRuleDraft;
import cn.npa.submission.domain.deadline.BranchRuleParser;
import cn.npa.submission.domain.deadline.Deadline;
import cn.npa.submission.domain.period.ReportType;
import cn.npa.submission.domain.register.InstitutionKind;
import cn.npa.submission.repository.BranchDeadlineRuleEntity;
import cn.npa.submission.repository.BranchDeadlineRuleRepository;
import cn.npa.submission.repository.register.InstitutionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jboss.logging.Logger;

/** Bureaus set the due days of their branches' reports (Art. 18 para. 2, D3); anyone signed in reads them. */
@ApplicationScoped
public class DeadlineRuleService {

    private static final Logger LOG = Logger.getLogger(DeadlineRuleService.class);

    private final BranchDeadlineRuleRepository rules;
    private final InstitutionRepository institutions;
    private final Clock clock;

    public DeadlineRuleService(BranchDeadlineRuleRepository rules, InstitutionRepository institutions, Clock clock) {
        this.clock = clock;
        this.rules = rules;
        this.institutions = institutions;
    }

    /**
     * Adds a rule version for the caller's own bureau. A version starting later than the bureau's open-ended version
     * of the same type ends that one the day before; any other overlap is a conflict.
     */
    @Transactional
    @CacheInvalidateAll(cacheName = "branch-deadline-rules")
    public StoredBranchRule create(BranchRuleDraft input, Caller caller) {
        String own = caller.institution();
        if (input != null && input.bureauCode() != null && !input.bureauCode().strip().equals(own)) {
            throw ProblemException.forbidden("A bureau sets deadlines only for its own branches (bureauCode must be " + own + ").");
        }
        BranchRuleParser.Parsed parsed = BranchRuleParser.parse(input);
        if (!parsed.errors().isEmpty()) {
            throw ProblemException.invalid("The rule breaks " + parsed.errors().size() + " rule(s).", parsed.errors());
        }
        BranchDeadlineRule rule = parsed.rule();
        LocalDate today = Shanghai.today(clock);
        boolean isBureau = institutions.activeOn(own, today).map(i -> i.kind() == InstitutionKind.REGULATOR_BUREAU).orElse(false);
        if (!isBureau) {
            throw ProblemException.forbidden("Only a provincial bureau in the register sets branch deadlines; " + own + " is not one today.");
        }
        rules.lock(rule.bureauCode(), rule.reportType());
        for (BranchDeadlineRuleEntity existing : rules.versions(rule.bureauCode(), rule.reportType())) {
            BranchDeadlineRule old = BranchDeadlineRuleRepository.toDomain(existing);
            if (old.validTo() == null && old.validFrom().isBefore(rule.validFrom())) {
                existing.validTo = rule.validFrom().minusDays(1);
                LOG.infof("Rule %d of %s %s ends %s, superseded", existing.id, rule.bureauCode(), rule.reportType(), existing.validTo);
            } else if (old.overlaps(rule)) {
                throw ProblemException.conflict("Rule " + existing.id + " (" + old.validFrom() + " to "
                        + (old.validTo() == null ? "open" : old.validTo()) + ") already covers part of " + rule.validFrom()
                        + " to " + (rule.validTo() == null ? "open" : rule.validTo()) + ".");
            }
        }
        BranchDeadlineRuleEntity e = new BranchDeadlineRuleEntity();
        e.bureauCode = rule.bureauCode();
        e.reportType = rule.reportType().name();
        e.dueDays = rule.dueDays();
        e.validFrom = rule.validFrom();
        e.validTo = rule.validTo();
        e.createdBy = caller.subject();
        e.createdAt = OffsetDateTime.now(clock);
        rules.persist(e);
        LOG.infof("Bureau %s set %s due %d days after period end from %s", own, rule.reportType(), rule.dueDays(), rule.validFrom());
        return stored(e);
    }

    @Transactional
    public StoredBranchRule get(long id) {
        return rules.findByIdOptional(id).map(DeadlineRuleService::stored)
                .orElseThrow(() -> ProblemException.notFound("No deadline rule " + id + "."));
    }

    @Transactional
    public Page<StoredBranchRule> list(String bureauCode, ReportType type, LocalDate asOf, PageRequest page) {
        return rules.page(bureauCode, type, asOf, page).map(DeadlineRuleService::stored);
    }

    private static StoredBranchRule stored(BranchDeadlineRuleEntity e) {
        return new StoredBranchRule(e.id, BranchDeadlineRuleRepository.toDomain(e), e.createdBy);
    }
}
