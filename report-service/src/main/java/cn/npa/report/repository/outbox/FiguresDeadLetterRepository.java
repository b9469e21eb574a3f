package cn.npa.report.repository.outbox;

import cn.npa.common.db.Jdbc;
import cn.npa.report.domain.outbox.ParkedFigures;
import cn.npa.report.domain.outbox.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The periods parked in the figures outbox (docs/reliability.md, "Dead letters"): read by operators, requeued after a fix. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class FiguresDeadLetterRepository {

    /** Per parked period, its newest parked version's row (the reason that parked it last). */
    private static final String PARKED = "select distinct on (period) period, figure_version, created_at, dead_at, attempts, dead_status,"
            + " dead_title, dead_detail, dead_rules from figures_outbox where dead_at is not null and delivered_at is null";

    private final Jdbc jdbc;

    public FiguresDeadLetterRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Parked periods, most recently parked first. */
    public List<ParkedFigures> page(int offset, int limit) {
        return jdbc.list("select * from (" + PARKED + " order by period, figure_version desc) p order by dead_at desc, period limit ? offset ?",
                FiguresDeadLetterRepository::parked, limit, offset);
    }

    /** How many periods are parked. */
    public long count() {
        return jdbc.count("select count(distinct period) from figures_outbox where dead_at is not null and delivered_at is null");
    }

    public Optional<ParkedFigures> get(String period) {
        return jdbc.one(PARKED + " and period = ? order by period, figure_version desc", FiguresDeadLetterRepository::parked, period);
    }

    /**
     * Puts the parked versions of a period back in line, due at {@code now}; a period with none parked is left as it is.
     * Answers whether the period has any outbox row at all.
     */
    public boolean requeue(String period, OffsetDateTime now) {
        jdbc.update("update figures_outbox set dead_at = null, next_attempt_at = ? where period = ? and dead_at is not null"
                + " and delivered_at is null", now, period);
        return jdbc.count("select count(*) from figures_outbox where period = ?", period) > 0;
    }

    /** PENDING (a version still owed), or DELIVERED (nothing owed). */
    public String state(String period) {
        return jdbc.count("select count(*) from figures_outbox where period = ? and delivered_at is null", period) > 0 ? "PENDING" : "DELIVERED";
    }

    private static ParkedFigures parked(ResultSet rs) throws SQLException {
        String rules = rs.getString("dead_rules");
        Integer status = Jdbc.integer(rs, "dead_status");
        return new ParkedFigures(rs.getString("period"), rs.getLong("figure_version"), Jdbc.time(rs, "created_at"), Jdbc.time(rs, "dead_at"),
                rs.getInt("attempts"), new Refusal(status == null ? 0 : status, rs.getString("dead_title"), rs.getString("dead_detail"),
                rules == null ? List.of() : Arrays.asList(rules.split(","))));
    }
}
