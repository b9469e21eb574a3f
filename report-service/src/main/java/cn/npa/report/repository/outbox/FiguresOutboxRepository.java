package cn.npa.report.repository.outbox;

import cn.npa.common.db.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;

/** The figures the indicator service is owed: per period, the newest pending figure version. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class FiguresOutboxRepository {

    private final Jdbc jdbc;

    public FiguresOutboxRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** A period owed, at its newest pending version. */
    public record Owed(String period, long figureVersion, int attempts) {
    }

    /**
     * Periods with a pending version that is due, whose newest version is older than {@code quietSince} (a period still
     * receiving filings is sent once it is quiet, not after every batch), at most {@code limit}.
     */
    public List<Owed> due(OffsetDateTime now, OffsetDateTime quietSince, int limit) {
        return jdbc.list("select period, max(figure_version), max(attempts) from figures_outbox where delivered_at is null"
                        + " group by period having min(next_attempt_at) <= ? and max(created_at) <= ? order by period limit ?",
                rs -> new Owed(rs.getString(1), rs.getLong(2), rs.getInt(3)), now, quietSince, limit);
    }

    /** The indicator service has the period at this version: it and every older pending version are done. */
    public void delivered(String period, long figureVersion, OffsetDateTime at) {
        jdbc.update("update figures_outbox set delivered_at = ?, attempts = attempts + 1, last_error = null"
                + " where period = ? and figure_version <= ? and delivered_at is null", at, period, figureVersion);
    }

    /** A failed attempt: the period's pending versions wait until {@code next}. */
    public void failed(String period, OffsetDateTime next, String error) {
        jdbc.update("update figures_outbox set attempts = attempts + 1, next_attempt_at = ?, last_error = ?"
                + " where period = ? and delivered_at is null", next, error.substring(0, Math.min(500, error.length())), period);
    }

    /** How many versions of the period are still pending (operators and tests). */
    public long pending(String period) {
        return jdbc.count("select count(*) from figures_outbox where period = ? and delivered_at is null", period);
    }
}
