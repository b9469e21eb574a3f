package cn.npa.report.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** Queries over the received accepted filings. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AcceptedStatementRepository implements PanacheRepositoryBase<AcceptedStatementEntity, UUID> {

    public List<AcceptedStatementEntity> ofPeriod(String period, int page, int size) {
        return find("period = ?1 order by institutionCode, reportType, version", period).page(Page.of(page, size)).list();
    }

    public long countOfPeriod(String period) {
        return count("period", period);
    }
}
