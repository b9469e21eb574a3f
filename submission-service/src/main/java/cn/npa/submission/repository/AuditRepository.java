package cn.npa.submission.repository;

import cn.npa.common.db.Jdbc;
import cn.npa.common.web.Page;
import cn.npa.common.web.PageRequest;
import cn.npa.submission.domain.audit.AuditEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The audit trail of intake: who did what to which submission, when, under which request id. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AuditRepository {

    private final Jdbc jdbc;
    private final Clock clock;

    public AuditRepository(Jdbc jdbc, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
    }

    public void record(String actor, String action, String institution, UUID submission, Integer version, String requestId,
                       String detail) {
        Writes writes = new Writes();
        record(writes, actor, action, institution, submission, version, requestId, detail);
        writes.execute(jdbc);
    }

    /** Adds an audit row to a bundle of writes. */
    public void record(Writes writes, String actor, String action, String institution, UUID submission, Integer version,
                       String requestId, String detail) {
        writes.add("insert into audit_event (occurred_at, actor, action, institution_code, submission_id, version, request_id, detail)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?)", OffsetDateTime.now(clock), actor, action, institution, submission, version,
                requestId, detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000));
    }

    /** Events, newest first, optionally of one institution and within a regulator's jurisdiction (null: everything). */
    public Page<AuditEvent> page(String institution, String regulator, PageRequest page) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> args = new ArrayList<>();
        if (institution != null) {
            where.append(" and a.institution_code = ?");
            args.add(institution);
        }
        if (regulator != null) {
            where.append(" and ? = any(s.regulator_path)");
            args.add(regulator);
        }
        String from = " from audit_event a left join submission s on s.id = a.submission_id";
        long total = jdbc.count("select count(*)" + from + where, args.toArray());
        args.add(page.size());
        args.add(page.offset());
        List<AuditEvent> items = jdbc.list("select a.*" + from + where + " order by a.id desc limit ? offset ?",
                rs -> new AuditEvent(rs.getLong("id"), Jdbc.time(rs, "occurred_at"), rs.getString("actor"), rs.getString("action"),
                        rs.getString("institution_code"), rs.getObject("submission_id", UUID.class), Jdbc.integer(rs, "version"),
                        rs.getString("request_id"), rs.getString("detail")), args.toArray());
        return new Page<>(items, page.page(), page.size(), total);
    }
}
