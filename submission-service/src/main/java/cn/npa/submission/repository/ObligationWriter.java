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
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Writes obligations and their lateness: set-based inserts, the overdue sweep, and row-locked updates, each with the
 * feed's OBLIGATION_STATUS events in the same statement or bundle. Joins the caller's transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ObligationWriter {

    /** Rows per insert statement: 12 arrays of this many elements in one round trip. */
    static final int CHUNK = 5000;
    // New obligations and, in the same statement, their OBLIGATION_STATUS events (set-based: one statement per chunk).
    private static final String INSERT = "with ins as (insert into obligation (institution_code, report_type, period, period_end,"
            + " head_office_code, supervisor_code, bureau_code, nominal_date, due_date, late_from, deadline_source, reason, created_at,"
            + " updated_at)"
            + " select c, t, p, pe::date, ho, sv, bu, nd::date, dd::date, lf::timestamptz, src, rs, ?, ?"
            + " from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],"
            + " ?::text[], ?::text[], ?::text[]) as u(c, t, p, pe, ho, sv, bu, nd, dd, lf, src, rs)"
            + " on conflict (institution_code, report_type, period) do nothing"
            + " returning institution_code, report_type, period, status, due_date, days_late),"
            + " events as (" + ObligationEvents.insertFrom("ins s") + ")"
            + " select count(*) from ins";
    // One statement per chunk: claim open rows past their deadline (skipping rows another replica holds), mark them,
    // record each lateness once (the unique key ignores a repeat), and write their OBLIGATION_STATUS events.
    private static final String OVERDUE = "with due as (select id from obligation where status = 'OPEN' and late_from <= ?"
            + " order by id limit ? for update skip locked),"
            + " marked as (update obligation o set status = 'OVERDUE', updated_at = ?,"
            + " days_late = greatest(1, (cast(? as timestamptz) at time zone 'Asia/Shanghai')::date - o.due_date)"
            + " from due where o.id = due.id returning o.id, o.days_late, o.institution_code, o.report_type, o.period, o.status, o.due_date),"
            + " recorded as (insert into obligation_lateness (obligation_id, kind, days_late, version, recorded_at)"
            + " select id, 'OVERDUE', days_late, 0, ? from marked on conflict do nothing returning obligation_id),"
            + " events as (" + ObligationEvents.insertFrom("marked s") + ")"
            + " select (select count(*) from marked), (select count(*) from recorded)";

    private final AgroalDataSource db;

    public ObligationWriter(AgroalDataSource db) {
        this.db = db;
    }

    /** Inserts the planned obligations that do not exist yet, each with its OBLIGATION_STATUS event; returns how many were new. */
    public int insertAll(List<PlannedObligation> planned, Instant at) {
        List<Object> events = ObligationEvents.parameters(at);
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
                // then the events' parameters
                for (int k = 0; k < events.size(); k++) {
                    ps.setObject(15 + k, events.get(k));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    created += rs.getInt(1);
                }
            }
            return created;
        } catch (SQLException e) {
            throw new IllegalStateException("obligation insert failed", e);
        }
    }

    /** Marks up to {@code limit} open obligations whose deadline passed as OVERDUE, with their events; returns {marked, recorded}. */
    public int[] markOverdueChunk(Instant now, int limit) {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(OVERDUE)) {
            ps.setTimestamp(1, ObligationRows.ts(now));
            ps.setInt(2, limit);
            ps.setTimestamp(3, ObligationRows.ts(now));
            ps.setTimestamp(4, ObligationRows.ts(now));
            ps.setTimestamp(5, ObligationRows.ts(now));
            List<Object> events = ObligationEvents.parameters(now);
            for (int k = 0; k < events.size(); k++) {
                ps.setObject(6 + k, events.get(k));
            }
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

    /**
     * Adds to a bundle of writes the OBLIGATION_STATUS event of an obligation whose status or lateness a filing changes:
     * its key and due date, and {@code status} as it stands afterwards. Nothing for a MAJOR_CHANGE obligation.
     */
    public void statusEvent(Writes writes, Obligation o, DeadlineStatus status, Instant at) {
        List<Object> args = ObligationEvents.parameters(at);
        Collections.addAll(args, o.institutionCode(), o.type().name(), o.period(), status.status().name(), o.dueDate(), status.daysLate());
        writes.add(ObligationEvents.insertFrom(ObligationEvents.VALUES), args.toArray());
    }

    /**
     * Adds the OBLIGATION_STATUS event of a late amendment (the status unchanged, D6), unless that amendment's lateness
     * was recorded before: the intake retrying a version writes no second event.
     */
    public void amendmentEvent(Writes writes, Obligation o, int version, Instant at) {
        List<Object> args = ObligationEvents.parameters(at);
        Collections.addAll(args, o.institutionCode(), o.type().name(), o.period(), o.status().name(), o.dueDate(), o.daysLate(),
                o.id(), LatenessKind.AMENDMENT_LATE.name(), version);
        // a sibling of the lateness insert in the bundle: it sees the rows as they were before the bundle
        writes.add(ObligationEvents.insertFrom(ObligationEvents.VALUES, "and not exists (select 1 from obligation_lateness l"
                + " where l.obligation_id = ? and l.kind = ? and l.version = ?)"), args.toArray());
    }

    /** Waives an obligation and writes its OBLIGATION_STATUS event, in one round trip. */
    public void waive(Obligation o, String by, String reason, Instant at) {
        Writes writes = new Writes().add("update obligation set status = 'WAIVED', days_late = 0, waived_by = ?, waiver_reason = ?,"
                + " waived_at = ?, updated_at = ? where id = ?", by, reason, ObligationRows.ts(at), ObligationRows.ts(at), o.id());
        statusEvent(writes, o, DeadlineStatus.waived(), at);
        execute(writes);
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
