package cn.npa.submission.repository;

import io.quarkus.cache.CacheResult;
import cn.npa.common.web.Page;
import cn.npa.common.web.PageRequest;
import cn.npa.submission.domain.deadline.BranchDeadlineRule;
import cn.npa.submission.domain.period.ReportType;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;

/** Queries over the bureaus' effective-dated branch deadline rules. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class BranchDeadlineRuleRepository implements PanacheRepository<BranchDeadlineRuleEntity> {

    /** Serialises writers of one bureau's rules for one report type until the transaction ends. */
    public void lock(String bureauCode, ReportType type) {
        getEntityManager().createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtext(?1))) l")
                .setParameter(1, "branch_deadline_rule:" + bureauCode + ":" + type.name()).getSingleResult();
    }

    public List<BranchDeadlineRuleEntity> versions(String bureauCode, ReportType type) {
        return list("bureauCode = ?1 and reportType = ?2 order by validFrom", bureauCode, type.name());
    }

    /** Every rule of a bureau, all types and versions, as domain records. */
    /** Every bureau's rules; read for each branch filing, so cached and cleared when a rule is written. */
    @CacheResult(cacheName = "branch-deadline-rules")
    public List<BranchDeadlineRule> all() {
        return listAll().stream().map(BranchDeadlineRuleRepository::toDomain).toList();
    }

    @CacheResult(cacheName = "branch-deadline-rules")
    public List<BranchDeadlineRule> ofBureau(String bureauCode) {
        return list("bureauCode = ?1 order by reportType, validFrom", bureauCode).stream()
                .map(BranchDeadlineRuleRepository::toDomain).toList();
    }

    /** A page of rules, optionally of one bureau, one type, and in force on one date; ordered by bureau, type, validFrom. */
    public Page<BranchDeadlineRuleEntity> page(String bureauCode, ReportType type, LocalDate asOf, PageRequest request) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (bureauCode != null) {
            where.append(" and bureauCode = :bureau");
            params.and("bureau", bureauCode);
        }
        if (type != null) {
            where.append(" and reportType = :type");
            params.and("type", type.name());
        }
        if (asOf != null) {
            where.append(" and validFrom <= :asOf and (validTo is null or validTo >= :asOf)");
            params.and("asOf", asOf);
        }
        var query = find(where.toString(), Sort.by("bureauCode").and("reportType").and("validFrom"), params);
        long total = query.count();
        List<BranchDeadlineRuleEntity> items = query.page(io.quarkus.panache.common.Page.of(request.page(), request.size())).list();
        return new Page<>(items, request.page(), request.size(), total);
    }

    public static BranchDeadlineRule toDomain(BranchDeadlineRuleEntity e) {
        return new BranchDeadlineRule(e.bureauCode, ReportType.valueOf(e.reportType), e.dueDays, e.validFrom, e.validTo);
    }
}
