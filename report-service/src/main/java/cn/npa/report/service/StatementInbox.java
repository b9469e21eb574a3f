package cn.npa.report.service;

import cn.npa.common.web.Page;
import cn.npa.common.web.PageRequest;
import cn.npa.report.domain.AcceptedStatement;
import cn.npa.report.repository.AcceptedStatementEntity;
import cn.npa.report.repository.AcceptedStatementRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Lists the accepted filings received (storing them is the feed's business, {@link cn.npa.report.service.feed.FeedService}). */
@ApplicationScoped
public class StatementInbox {

    private final AcceptedStatementRepository statements;

    public StatementInbox(AcceptedStatementRepository statements) {
        this.statements = statements;
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
