package cn.npa.report.service;

import cn.npa.common.web.Page;
import cn.npa.common.web.PageRequest;
import cn.npa.report.domain.AcceptedStatement;
import cn.npa.report.repository.AcceptedStatementEntity;
import cn.npa.report.repository.AcceptedStatementRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.jboss.logging.Logger;

/** Receives accepted filings idempotently: an event already stored is acknowledged and not stored again. */
@ApplicationScoped
public class StatementInbox {

    private static final Logger LOG = Logger.getLogger(StatementInbox.class);
    private final AcceptedStatementRepository statements;
    private final Clock clock;

    public StatementInbox(AcceptedStatementRepository statements, Clock clock) {
        this.clock = clock;
        this.statements = statements;
    }

    /** Stores the event unless it is known; returns true when it was new. */
    @Transactional
    public boolean receive(AcceptedStatement event) {
        if (statements.findByIdOptional(event.eventId()).isPresent()) {
            LOG.debugf("event %s already received", event.eventId());
            return false;
        }
        AcceptedStatementEntity e = new AcceptedStatementEntity();
        e.eventId = event.eventId();
        e.submissionId = event.submissionId();
        e.version = event.version();
        e.institutionCode = event.institutionCode();
        e.reportType = event.reportType();
        e.period = event.period();
        e.acceptedAt = event.acceptedAt();
        e.figures = event.figures();
        e.receivedAt = OffsetDateTime.now(clock);
        statements.persist(e);
        LOG.infof("received %s %s of %s, submission %s version %d", event.reportType(), event.period(), event.institutionCode(),
                event.submissionId(), event.version());
        return true;
    }

    @Transactional
    public Page<AcceptedStatement> ofPeriod(String period, PageRequest page) {
        var items = statements.ofPeriod(period, page.page(), page.size()).stream()
                .map(e -> new AcceptedStatement(e.eventId, e.submissionId, e.version, e.institutionCode, e.reportType,
                        e.period, e.acceptedAt, e.figures))
                .toList();
        return new Page<>(items, page.page(), page.size(), statements.countOfPeriod(period));
    }
}
