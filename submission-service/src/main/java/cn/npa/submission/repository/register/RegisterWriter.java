package cn.npa.submission.repository.register;

import cn.npa.submission.domain.register.Institution;
import cn.npa.common.time.Shanghai;
import cn.npa.common.web.RequestIds;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/** Writes register rows in bulk: new rows through PostgreSQL's COPY, changed rows in JDBC batches. Joins the caller's transaction. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class RegisterWriter {

    private static final String COPY = "copy institution (" + InstitutionRows.COLUMNS + ") from stdin with (format csv)";
    private static final int CHUNK = 2000;
    // The stamp is bumped and the feed's REGISTER_CHANGED event written in one statement, so both commit or neither.
    private static final String BUMP = "with v as (update register_version set version = version + 1 where id = 1 returning version)"
            + " insert into outbox (id, event_type, payload, request_id, created_at, next_attempt_at)"
            + " select e.id, 'REGISTER_CHANGED', jsonb_build_object('eventId', e.id::text, 'eventType', 'REGISTER_CHANGED',"
            + " 'registerVersion', e.version, 'changedAt', cast(? as text)), cast(? as varchar), cast(? as timestamptz), cast(? as timestamptz)"
            + " from (select gen_random_uuid() as id, version from v) e";
    private final AgroalDataSource db;
    private final Event<RegisterChanged> changed;
    private final Clock clock;

    public RegisterWriter(AgroalDataSource db, Event<RegisterChanged> changed, Clock clock) {
        this.db = db;
        this.changed = changed;
        this.clock = clock;
    }

    /** Serialises register changes: one import or add at a time, until the transaction ends. */
    public void lockRegister() {
        execute("select pg_advisory_xact_lock(2004001)");
    }

    /**
     * Marks the register changed, so that every replica rebuilds its index once this transaction commits, and tells the
     * report service through the outbox ({@code REGISTER_CHANGED} with the new stamp, docs/feed.md).
     */
    public void bumpVersion() {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), Shanghai.ZONE);
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(BUMP)) {
            ps.setString(1, now.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            ps.setString(2, RequestIds.current());
            ps.setObject(3, now);
            ps.setObject(4, now);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("register version bump failed", e);
        }
        changed.fire(new RegisterChanged());
    }

    /** Refreshes the planner's statistics; without them the tree queries fall back to full scans after a bulk load. */
    public void analyze() {
        execute("analyze institution");
    }

    private void execute(String sql) {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("register statement failed: " + sql, e);
        }
    }

    public void insert(List<Institution> rows) {
        if (rows.isEmpty()) {
            return;
        }
        try (Connection c = db.getConnection()) {
            CopyIn copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY);
            try {
                StringBuilder buf = new StringBuilder(CHUNK * 160);
                for (int i = 0; i < rows.size(); i++) {
                    csv(rows.get(i), buf);
                    if ((i + 1) % CHUNK == 0 || i == rows.size() - 1) {
                        byte[] bytes = buf.toString().getBytes(StandardCharsets.UTF_8);
                        copy.writeToCopy(bytes, 0, bytes.length);
                        buf.setLength(0);
                    }
                }
                copy.endCopy();
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("register COPY failed", e);
        }
    }

    public void update(List<Institution> rows) {
        if (rows.isEmpty()) {
            return;
        }
        String sql = "update institution set name = ?, kind = ?, parent_code = ?, supervisor_code = ?, region_code = ?,"
                + " peer_group = ?, valid_to = ? where code = ? and valid_from = ?";
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (Institution i : rows) {
                ps.setString(1, i.name());
                ps.setString(2, i.kind().name());
                ps.setString(3, i.parentCode());
                ps.setString(4, i.supervisorCode());
                ps.setString(5, i.regionCode());
                ps.setString(6, i.peerGroup() == null ? null : i.peerGroup().name());
                ps.setObject(7, i.validTo());
                ps.setString(8, i.code());
                ps.setObject(9, i.validFrom());
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("register update failed", e);
        }
    }

    /** One row in COPY's CSV format: strings quoted, nulls as empty unquoted fields. */
    private static void csv(Institution i, StringBuilder out) {
        quote(i.code(), out).append(',');
        quote(i.name(), out).append(',');
        quote(i.kind().name(), out).append(',');
        quote(i.parentCode(), out).append(',');
        quote(i.supervisorCode(), out).append(',');
        quote(i.regionCode(), out).append(',');
        quote(i.peerGroup() == null ? null : i.peerGroup().name(), out).append(',');
        out.append(i.validFrom()).append(',');
        if (i.validTo() != null) {
            out.append(i.validTo());
        }
        out.append('\n');
    }

    private static StringBuilder quote(String s, StringBuilder out) {
        if (s != null) {
            out.append('"').append(s.replace("\"", "\"\"")).append('"');
        }
        return out;
    }
}
