package cn.npa.submission.service.intake;

import cn.npa.common.security.Caller;
import cn.npa.common.security.Roles;
import cn.npa.common.web.Page;
import cn.npa.common.web.PageRequest;
import cn.npa.submission.repository.AuditRepository;
import cn.npa.submission.domain.audit.AuditEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Reads the intake audit trail: the CBRC and admins everything, a bureau the events of its jurisdiction. */
@ApplicationScoped
public class AuditService {

    private final AuditRepository audit;

    public AuditService(AuditRepository audit) {
        this.audit = audit;
    }

    @Transactional
    public Page<AuditEvent> page(String institution, Caller caller, PageRequest page) {
        String regulator = caller.is(Roles.CBRC) || caller.is(Roles.ADMIN) ? null
                : caller.institution() == null ? "-" : caller.institution();
        return audit.page(institution, regulator, page);
    }
}
