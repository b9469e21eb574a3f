package cn.npa.submission.repository;

import cn.npa.submission.domain.deadline.DeadlineStatus;
import cn.npa.submission.domain.obligation.LatenessKind;
import cn.npa.submission.domain.obligation.Obligation;
import cn.npa.submission.domain.obligation.PlannedObligation;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Writes obligations and their lateness: set-based inserts, the overdue sweep, and row-locked updates. Joins the caller's transaction. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ObligationWriter {

    /** Rows per insert statement: 12 arrays of this many elements in one round trip. */
    static final int CHUNK = 5000;
    private static final String INSERT = "insert into obligation (institution_code, report_type, period, period_end, head_office_code,"
            + " supervisor_code, bureau_code, nominal_date, due_date, late_from, deadline_source, reason, created_at, updated_at)"
            + " select c, t, p, pe::date, ho, sv, bu, nd::date, dd::date, lf::timestamptz, src, rs, ?, ?"
            + " from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],"
            + " ?::text[], ?::text[], ?::text[]) as u(c, t, p, pe, ho, sv, bu, nd, dd, lf, src, rs)"
            + " on conflict (institution_code, report_type, period) do nothing";
    // One statement per chunk: claim open rows past their deadline (skipping rows another replica holds), mark them,
    // and record each lateness once (the unique key ignores a repeat).
    private static final String OVERDUE = "with due as (select id from obligation where status = 'OPEN' and late_from <= ?"
            + " order by id limit ? for update skip locked),"
            + " marked as (update obligation o set status = 'OVERDUE', updated_at = ?,"
            + " days_late = greatest(1, (cast(? as timestamptz) at time zone 'Asia/Shanghai')::date - o.due_date)"
            + " from due where o.id = due.id returning o.id, o.days_late),"
            + " recorded as (insert into obligation_lateness (obligation_id, kind, days_late, version, recorded_at)"
            + " select id, 'OVERDUE', days_late, 0, ? from marked on conflict do nothing returning obligation_id)"
            + " select (select count(*) from marked), (select count(*) from recorded)";

    private final AgroalDataSource db;

    public ObligationWriter(AgroalDataSource db) {
        this.db = db;
    }

    /** Inserts the planned obligations that do not exist yet; returns how many were new. */
    public int insertAll(List<PlannedObligation> planned, Instant at) {
        int created = 0;
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(INSERT)) {
            for (int from = 0; from < planned.size(); from += CHUNK) {
                List<PlannedObligation> chunk = planned.subList(from, Math.min(planned.size(), from + CHUNK));
                String[][] cols = new String[12][chunk.size()];
                for (int k = 0; k < chunk.size(); k++) {
                    PlannedObligation p = chunk.get(k);
                    String[] v = {p.institutionCode(), p.type().name(), p.period(), p.periodEnd().toString(), p.headOfficeCode(),
                        p.supervisorCode(), p.bureauCode(), p.deadline().nominalDate().toString(), p.deadline().dueDate().toString(),
                        p.deadline().lateFrom().toString(), p.deadline().source().name(), p.reason()};
                    for (int col = 0; col < 12; col++) {
                        cols[col][k] = v[col];
                    }
                }
                // the two timestamps come first in the statement's text, then the twelve arrays
                ps.setTimestamp(1, ObligationRows.ts(at));
                ps.setTimestamp(2, ObligationRows.ts(at));
                for (int col = 0; col < 12; col++) {
                    ps.setArray(col + 3, c.createArrayOf("text", cols[col]));
                }
                created += ps.executeUpdate();
            }
            return created;
        } catch (SQLException e) {
            throw new IllegalStateException("obligation insert failed", e);
        }
    }

    /** Marks up to {@code limit} open obligations whose deadline passed as OVERDUE; returns {marked, recorded}. */
    public int[] markOverdueChunk(Instant now, int limit) {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(OVERDUE)) {
            ps.setTimestamp(1, ObligationRows.ts(now));
            ps.setInt(2, limit);
            ps.setTimestamp(3, ObligationRows.ts(now));
            ps.setTimestamp(4, ObligationRows.ts(now));
            ps.setTimestamp(5, ObligationRows.ts(now));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new int[] {rs.getInt(1), rs.getInt(2)};
            }
        } catch (SQLException e) {
            throw new IllegalStateException("overdue sweep failed", e);
        }
    }

    /** The obligation of a key, locked until the transaction ends. */
    public Optional<Obligation> lockByKey(String institution, String type, String period) {
        return one("select " + ObligationRows.COLUMNS + " from obligation where institution_code = ? and report_type = ? and period = ?"
                + " for update", institution, type, period);
    }

    public Optional<Obligation> lockById(long id) {
        return one("select " + ObligationRows.COLUMNS + " from obligation where id = ? for update", id);
    }

    /** Records the original filing and the status it decided. */
    public void recordOriginal(Writes writes, long id, int version, Instant filedAt, DeadlineStatus status) {
        writes.add("update obligation set first_filed_at = ?, first_version = ?, status = ?, days_late = ?, updated_at = ? where id = ?",
                ObligationRows.ts(filedAt), version, status.status().name(), status.daysLate(), ObligationRows.ts(filedAt), id);
    }

    /** Records a lateness once; a repeat of the same (obligation, kind, version) changes nothing. */
    public void recordLateness(Writes writes, long id, LatenessKind kind, int daysLate, int version, Instant at) {
        writes.add("insert into obligation_lateness (obligation_id, kind, days_late, version, recorded_at) values (?, ?, ?, ?, ?)"
                + " on conflict do nothing", id, kind.name(), daysLate, version, ObligationRows.ts(at));
    }

    public void waive(long id, String by, String reason, Instant at) {
        update("update obligation set status = 'WAIVED', days_late = 0, waived_by = ?, waiver_reason = ?, waived_at = ?,"
                + " updated_at = ? where id = ?", by, reason, ObligationRows.ts(at), ObligationRows.ts(at), id);
    }

    /** Serialises generation of one period across replicas until the transaction ends. */
    public void lockPeriod(String period) {
        update("select pg_advisory_xact_lock(hashtext(?))", "obligation_generation:" + period);
    }

    public boolean generated(String period) {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement("select 1 from obligation_generation where period = ?")) {
            ps.setString(1, period);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("generation log read failed", e);
        }
    }

    public void logGeneration(String period, int planned, int created, Instant at) {
        update("insert into obligation_generation (period, planned, created, generated_at) values (?, ?, ?, ?) on conflict (period)"
                + " do update set generated_at = excluded.generated_at, planned = excluded.planned,"
                + " created = obligation_generation.created + excluded.created",
                period, planned, created, ObligationRows.ts(at));
    }

    private Optional<Obligation> one(String sql, Object... args) {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int k = 0; k < args.length; k++) {
                ps.setObject(k + 1, args[k]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(ObligationRows.read(rs));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("obligation read failed", e);
        }
    }

    /** Runs a bundle of writes in one round trip. */
    public void execute(Writes writes) {
        if (!writes.isEmpty()) {
            update(writes.sql(), writes.args());
        }
    }

    private void update(String sql, Object... args) {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int k = 0; k < args.length; k++) {
                ps.setObject(k + 1, args[k]);
            }
            ps.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("obligation write failed", e);
        }
    }
}
