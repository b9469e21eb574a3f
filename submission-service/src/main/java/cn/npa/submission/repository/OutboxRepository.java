package cn.npa.submission.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The transactional outbox: events written with the facts they announce, claimed by the relay with SKIP LOCKED. */
@ApplicationScoped
public class OutboxRepository {

    private final Jdbc jdbc;

    public OutboxRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** A pending event. */
    public record OutboxRow(UUID id, String eventType, String payload, int attempts, String requestId) {
    }

    public void add(UUID id, String type, String payloadJson) {
        jdbc.update("insert into outbox (id, event_type, payload, request_id) values (?, ?, ?::jsonb, ?)", id, type, payloadJson,
                cn.npa.common.web.RequestIds.current());
    }

    /**
     * Adds an event about a stored version to a bundle of writes. The version's filing is not copied: the relay places
     * it under {@code figures.filing} when it sends the event (the version is immutable).
     */
    public void addForVersion(Writes writes, UUID id, String type, String payloadJson, UUID submission, int version) {
        writes.add("insert into outbox (id, event_type, payload, request_id, submission_id, version) values (?, ?, ?::jsonb, ?, ?, ?)",
                id, type, payloadJson, cn.npa.common.web.RequestIds.current(), submission, version);
    }

    /** Locks up to {@code limit} due rows for this transaction; rows another relay holds are skipped, not waited for. */
    public List<OutboxRow> claimDue(int limit) {
        return jdbc.list("select o.id, o.event_type, o.attempts, o.request_id, (case when v.body is null then o.payload"
                        + " else jsonb_set(o.payload, '{figures,filing}', v.body) end)::text as payload from outbox o"
                        + " left join submission_version v on v.submission_id = o.submission_id and v.version = o.version"
                        + " where o.delivered_at is null and o.next_attempt_at <= now() order by o.created_at limit ? for update of o skip locked",
                rs -> new OutboxRow(rs.getObject("id", UUID.class), rs.getString("event_type"), rs.getString("payload"),
                        rs.getInt("attempts"), rs.getString("request_id")), limit);
    }

    public void delivered(UUID id) {
        jdbc.update("update outbox set delivered_at = now(), attempts = attempts + 1, last_error = null where id = ?", id);
    }

    public void failed(UUID id, OffsetDateTime nextAttempt, String error) {
        jdbc.update("update outbox set attempts = attempts + 1, next_attempt_at = ?, last_error = ? where id = ?", nextAttempt,
                error == null ? null : error.substring(0, Math.min(500, error.length())), id);
    }
}
