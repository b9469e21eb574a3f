package cn.npa.report.repository.feed;

import cn.npa.common.db.Jdbc;
import cn.npa.report.domain.AcceptedStatement;
import cn.npa.report.domain.feed.ObligationStatusEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Writes of the feed: event ids, accepted versions with both baselines, obligation statuses, change revisions. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class FeedRepository {

    /** The period key under which the register's latest known version stamp is kept in period_revision. */
    public static final String REGISTER = "*";

    private final Jdbc jdbc;

    public FeedRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the event ids; returns those not seen before (the others are duplicates and must change nothing). */
    public Set<UUID> claimNew(Collection<UUID> ids, Collection<String> types, OffsetDateTime at) {
        return new HashSet<>(jdbc.list("insert into feed_event (event_id, event_type, received_at)"
                        + " select id, type, ? from unnest(cast(? as uuid[]), cast(? as text[])) as e(id, type)"
                        + " on conflict do nothing returning event_id",
                rs -> rs.getObject(1, UUID.class), at, new Jdbc.TextArray(ids.stream().map(UUID::toString).toList()),
                new Jdbc.TextArray(List.copyOf(types))));
    }

    /** The (submission, version) pairs of these statements that are stored already under another event id. */
    public Set<String> storedVersions(Collection<AcceptedStatement> statements) {
        List<String> ids = statements.stream().map(AcceptedStatement::submissionId).toList();
        List<String> versions = statements.stream().map(s -> Integer.toString(s.version())).toList();
        // (submission_id, version) pairs: the lookup uses the table's unique index
        return new HashSet<>(jdbc.list("select a.submission_id || '#' || a.version from accepted_statement a"
                + " join unnest(cast(? as text[]), cast(? as int[])) as k(s, v) on a.submission_id = k.s and a.version = k.v",
                rs -> rs.getString(1), new Jdbc.TextArray(ids), new Jdbc.TextArray(versions)));
    }

    /**
     * Stores accepted versions (figures as text, exactly as received) and moves each slot's first and latest version,
     * stamping the slot with its period's revision of this transaction ({@link #touch}).
     */
    public void storeStatements(List<AcceptedStatement> statements, List<String> figuresJson, OffsetDateTime at,
                                Map<String, Long> revisions) {
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> slots = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            AcceptedStatement s = statements.get(i);
            rows.add(new Object[] {s.eventId(), s.submissionId(), s.version(), s.institutionCode(), s.reportType(), s.period(),
                    s.acceptedAt(), figuresJson.get(i), at});
            slots.add(new Object[] {s.institutionCode(), s.reportType(), s.period(), s.submissionId(), s.version(), s.eventId(),
                    s.version(), s.eventId(), revisions.get(s.period())});
        }
        jdbc.batch("insert into accepted_statement (event_id, submission_id, version, institution_code, report_type, period,"
                + " accepted_at, figures, received_at) values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?)", rows);
        jdbc.batch("insert into statement_slot as s (institution_code, report_type, period, submission_id, first_version,"
                + " first_event_id, latest_version, latest_event_id, feed_revision) values (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " on conflict (period, report_type, institution_code) do update set feed_revision = excluded.feed_revision,"
                + " first_version = least(s.first_version, excluded.first_version),"
                + " first_event_id = case when excluded.first_version < s.first_version then excluded.first_event_id else s.first_event_id end,"
                + " latest_version = greatest(s.latest_version, excluded.latest_version),"
                + " latest_event_id = case when excluded.latest_version > s.latest_version then excluded.latest_event_id else s.latest_event_id end",
                slots);
    }

    /** Keeps, per slot, the status with the highest revision, stamped with its period's revision of this transaction. */
    public void storeObligations(List<ObligationStatusEvent> events, Map<String, Long> revisions) {
        List<Object[]> rows = events.stream().map(e -> new Object[] {e.institutionCode(), e.reportType(), e.period(),
                e.status().name(), e.dueDate(), e.daysLate(), e.revision(), e.changedAt(), revisions.get(e.period())}).toList();
        jdbc.batch("insert into obligation_status as o (institution_code, report_type, period, status, due_date, days_late,"
                + " revision, changed_at, feed_revision) values (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " on conflict (period, report_type, institution_code) do update set status = excluded.status,"
                + " feed_revision = excluded.feed_revision,"
                + " due_date = excluded.due_date, days_late = excluded.days_late, revision = excluded.revision,"
                + " changed_at = excluded.changed_at where excluded.revision > o.revision", rows);
    }

    /**
     * The register changed: every period known here gets a new revision (its rollups are recomputed on the new
     * trees) and its figures are owed to the indicator service again under that revision.
     */
    public void touchAll(OffsetDateTime at) {
        jdbc.update("with touched as (update period_revision set revision = nextval('feed_revision') where period <> ?"
                + " returning period, revision)"
                + " insert into figures_outbox (period, figure_version, created_at, next_attempt_at)"
                + " select period, revision, ?, ? from touched", REGISTER, at, at);
    }

    /** Raises the register's latest known version stamp (never lowers it). */
    public void registerVersion(long version) {
        jdbc.update("insert into period_revision as p (period, revision) values (?, ?)"
                + " on conflict (period) do update set revision = greatest(p.revision, excluded.revision)", REGISTER, version);
    }

    /**
     * Marks the inputs of these periods as changed and returns the new revision of each: drawn first in a feed
     * transaction, it locks the periods' rows (in code order) until the transaction commits, so the writes of one
     * period commit in revision order and are stamped with it. The indicator service is owed the period's figures of
     * that version (figures_outbox, in this same transaction: nothing is lost).
     */
    public Map<String, Long> touch(Collection<String> periods, OffsetDateTime at) {
        Map<String, Long> out = new HashMap<>();
        if (!periods.isEmpty()) {
            jdbc.forEach("with touched as (insert into period_revision (period, revision) select p, nextval('feed_revision')"
                    + " from unnest(cast(? as text[])) with ordinality as t(p, n) order by n"
                    + " on conflict (period) do update set revision = excluded.revision returning period, revision),"
                    + " owed as (insert into figures_outbox (period, figure_version, created_at, next_attempt_at)"
                    + " select period, revision, ?, ? from touched)"
                    + " select period, revision from touched", 100, rs -> out.put(rs.getString(1), rs.getLong(2)),
                    new Jdbc.TextArray(List.copyOf(new java.util.TreeSet<>(periods))), at, at);
        }
        return out;
    }
}
