package cn.npa.submission.repository;

import cn.npa.common.db.Jdbc;
import cn.npa.submission.domain.outbox.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The transactional outbox: events written with the facts they announce, claimed by the relay with a lease. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class OutboxRepository {

    private final Jdbc jdbc;
    private final Clock clock;

    public OutboxRepository(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The platform's time, not the database's: leases and retries follow the one clock like everything else. */
    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /** A pending event. */
    public record OutboxRow(UUID id, String eventType, String payload, int attempts, String requestId) {
    }

    public void add(UUID id, String type, String payloadJson) {
        OffsetDateTime now = now();
        jdbc.update("insert into outbox (id, event_type, payload, request_id, created_at, next_attempt_at) values (?, ?, ?::jsonb, ?, ?, ?)",
                id, type, payloadJson, cn.npa.common.web.RequestIds.current(), now, now);
    }

    /**
     * Adds an event about a stored version to a bundle of writes. The version's filing is not copied: the relay places
     * it under {@code figures.filing} when it sends the event (the version is immutable).
     */
    public void addForVersion(Writes writes, UUID id, String type, String payloadJson, UUID submission, int version) {
        OffsetDateTime now = now();
        writes.add("insert into outbox (id, event_type, payload, request_id, submission_id, version, created_at, next_attempt_at)"
                        + " values (?, ?, ?::jsonb, ?, ?, ?, ?, ?)",
                id, type, payloadJson, cn.npa.common.web.RequestIds.current(), submission, version, now, now);
    }

    /**
     * Claims up to {@code limit} due events, oldest first, for {@code leaseSeconds}: their next attempt moves past the
     * lease, so other relays leave them alone while this one sends them outside any transaction (rows another relay is
     * claiming at the same moment are skipped, not waited for). A relay that dies mid-batch leaves its rows due again
     * when the lease ends. Each event comes with its version's filing under {@code figures.filing}.
     */
    public List<OutboxRow> claimDue(int limit, int leaseSeconds) {
        OffsetDateTime now = now();
        return jdbc.list("with due as (select id from outbox where delivered_at is null and dead_at is null and next_attempt_at <= ?"
                        + " order by created_at limit ? for update skip locked),"
                        + " claimed as (update outbox o set next_attempt_at = ? from due where o.id = due.id"
                        + " returning o.id, o.event_type, o.attempts, o.request_id, o.payload, o.submission_id, o.version, o.created_at)"
                        + " select c.id, c.event_type, c.attempts, c.request_id, (case when v.body is null then c.payload"
                        + " else jsonb_set(c.payload, '{figures,filing}', v.body) end)::text as payload from claimed c"
                        + " left join submission_version v on v.submission_id = c.submission_id and v.version = c.version order by c.created_at",
                rs -> new OutboxRow(rs.getObject("id", UUID.class), rs.getString("event_type"), rs.getString("payload"),
                        rs.getInt("attempts"), rs.getString("request_id")), now, limit, now.plusSeconds(leaseSeconds));
    }

    /** Gives claimed events back unattempted: due again at once. */
    public void release(List<UUID> ids) {
        if (!ids.isEmpty()) {
            jdbc.update("update outbox set next_attempt_at = ? where id = any(cast(? as uuid[])) and delivered_at is null",
                    now(), ids(ids));
        }
    }

    /** Marks events acknowledged by the report service as delivered. */
    public void delivered(List<UUID> ids) {
        if (!ids.isEmpty()) {
            jdbc.update("update outbox set delivered_at = ?, attempts = attempts + 1, last_error = null where id = any(cast(? as uuid[]))",
                    now(), ids(ids));
        }
    }

    /** A failed attempt of one event: due again {@code waitSeconds} from now, with the reason. */
    public record Failure(UUID id, long waitSeconds, String error) {
    }

    /** Records failed attempts, each with its own wait and reason (cut to the column's 500 characters), in one statement. */
    public void failed(List<Failure> failures) {
        if (failures.isEmpty()) {
            return;
        }
        jdbc.update("update outbox o set attempts = o.attempts + 1, next_attempt_at = cast(? as timestamptz) + u.wait * interval '1 second',"
                        + " last_error = u.error from unnest(cast(? as uuid[]), cast(? as bigint[]), cast(? as text[])) as u(id, wait, error)"
                        + " where o.id = u.id",
                now(), ids(failures.stream().map(Failure::id).toList()),
                new Jdbc.TextArray(failures.stream().map(f -> Long.toString(f.waitSeconds())).toList()),
                new Jdbc.TextArray(failures.stream().map(f -> f.error() == null ? null : f.error().substring(0, Math.min(500, f.error().length())))
                        .toList()));
    }

    /** An event refused for good, with the receiver's reason. */
    public record Parked(UUID id, Refusal reason) {
    }

    /**
     * Parks events the receiver refused for good: marked dead with the reason (each text cut to its column), counted as
     * an attempt, and never claimed again until {@link DeadLetterRepository#requeue} puts them back.
     */
    public void park(List<Parked> parked) {
        if (parked.isEmpty()) {
            return;
        }
        jdbc.update("update outbox o set attempts = o.attempts + 1, dead_at = cast(? as timestamptz), dead_status = cast(u.status as integer),"
                        + " dead_title = u.title, dead_detail = u.detail, dead_rules = u.rules, last_error = u.summary"
                        + " from unnest(cast(? as uuid[]), cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]),"
                        + " cast(? as text[])) as u(id, status, title, detail, rules, summary) where o.id = u.id and o.delivered_at is null",
                now(), ids(parked.stream().map(Parked::id).toList()),
                texts(parked, p -> Integer.toString(p.reason().status()), 12),
                texts(parked, p -> p.reason().title(), 200),
                texts(parked, p -> p.reason().detail(), 1000),
                texts(parked, p -> p.reason().rules().isEmpty() ? null : String.join(",", p.reason().rules()), 300),
                texts(parked, p -> p.reason().summary(), 500));
    }

    private static Jdbc.TextArray texts(List<Parked> parked, java.util.function.Function<Parked, String> text, int chars) {
        return new Jdbc.TextArray(parked.stream().map(text).map(t -> t == null || t.length() <= chars ? t : t.substring(0, chars)).toList());
    }

    static Jdbc.TextArray ids(List<UUID> ids) {
        return new Jdbc.TextArray(ids.stream().map(UUID::toString).toList());
    }
}
