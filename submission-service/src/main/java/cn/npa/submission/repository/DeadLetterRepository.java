package cn.npa.submission.repository;

import cn.npa.common.db.Jdbc;
import cn.npa.submission.domain.outbox.DeadLetter;
import cn.npa.submission.domain.outbox.DeadLetterPayload;
import cn.npa.submission.domain.outbox.OutboxState;
import cn.npa.submission.domain.outbox.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The parked events of the outbox (docs/reliability.md, "Dead letters"): read by operators, requeued after a fix. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class DeadLetterRepository {

    private static final String COLUMNS = "o.id, o.event_type, o.request_id, o.created_at, o.dead_at, o.attempts, o.dead_status,"
            + " o.dead_title, o.dead_detail, o.dead_rules";

    private final Jdbc jdbc;
    private final Clock clock;

    public DeadLetterRepository(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Parked events, most recently parked first. */
    public List<DeadLetter> page(int offset, int limit) {
        return jdbc.list("select " + COLUMNS + " from outbox o where o.dead_at is not null order by o.dead_at desc, o.id limit ? offset ?",
                DeadLetterRepository::letter, limit, offset);
    }

    /** How many events are parked. */
    public long count() {
        return jdbc.count("select count(*) from outbox where dead_at is not null");
    }

    /** A parked event and its payload as it is sent (with its version's filing under {@code figures.filing}). */
    public Optional<DeadLetterPayload> get(UUID id) {
        return jdbc.one("select " + COLUMNS + ", (case when v.body is null then o.payload"
                        + " else jsonb_set(o.payload, '{figures,filing}', v.body) end)::text as payload from outbox o"
                        + " left join submission_version v on v.submission_id = o.submission_id and v.version = o.version"
                        + " where o.id = ? and o.dead_at is not null",
                rs -> new DeadLetterPayload(letter(rs), rs.getString("payload")), id);
    }

    /**
     * Puts a parked event back in line, due at once, its reason left as its last error; an event not parked (requeued
     * before, or delivered) is left as it is. Answers where the event stands afterwards; empty for an unknown id.
     */
    public Optional<OutboxState> requeue(UUID id) {
        jdbc.update("update outbox set dead_at = null, next_attempt_at = ? where id = ? and dead_at is not null and delivered_at is null",
                OffsetDateTime.now(clock), id);
        return jdbc.one("select case when delivered_at is not null then 'DELIVERED' when dead_at is not null then 'DEAD' else 'PENDING' end,"
                + " next_attempt_at from outbox where id = ?", rs -> new OutboxState(rs.getString(1), Jdbc.time(rs, "next_attempt_at")), id);
    }

    private static DeadLetter letter(ResultSet rs) throws SQLException {
        String rules = rs.getString("dead_rules");
        Integer status = Jdbc.integer(rs, "dead_status");
        return new DeadLetter(rs.getObject("id", UUID.class), rs.getString("event_type"), rs.getString("request_id"),
                Jdbc.time(rs, "created_at"), Jdbc.time(rs, "dead_at"), rs.getInt("attempts"),
                new Refusal(status == null ? 0 : status, rs.getString("dead_title"), rs.getString("dead_detail"),
                        rules == null ? List.of() : Arrays.asList(rules.split(","))));
    }
}
