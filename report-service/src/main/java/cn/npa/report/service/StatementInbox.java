package cn.npa.report.service;

import cn.npa.common.web.Page;
import cn.npa.common.web.PageRequest;
import cn.npa.report.domain.AcceptedStatement;
import cn.npa.report.repository.AcceptedStatementReads;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Lists the accepted filings received, from the read replica (storing them is the feed's business,
 * {@link cn.npa.report.service.feed.FeedService}). No transaction: the replica's reads commit on their own.
 */
@ApplicationScoped
public class StatementInbox {

    private final AcceptedStatementReads statements;

    public StatementInbox(AcceptedStatementReads statements) {
        this.statements = statements;
    }

    public Page<AcceptedStatement> ofPeriod(String period, PageRequest page) {
        return new Page<>(statements.ofPeriod(period, page.offset(), page.size()), page.page(), page.size(),
                statements.countOfPeriod(period));
    }
}
