package cn.npa.report.repository.outbox;

import cn.npa.common.db.Jdbc;
import cn.npa.report.domain.outbox.Refusal;
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
     * Claims the periods with a pending version that is due, whose newest version is older than {@code quietSince} (a
     * period still receiving filings is sent once it is quiet, not after every batch), at most {@code limit}: their
     * pending versions are not due again before {@code leaseUntil}, so another replica does not send them meanwhile
     * (the update re-checks the due time on the locked rows: of two replicas claiming at once, one gets them). The
     * sender then marks them delivered or failed; if it dies, the lease runs out and any replica sends them.
     */
    public List<Owed> claimDue(OffsetDateTime now, OffsetDateTime quietSince, OffsetDateTime leaseUntil, int limit) {
        return jdbc.list("with owed as (select period, max(figure_version) as version, max(attempts) as attempts"
                        + " from figures_outbox where delivered_at is null and dead_at is null group by period"
                        + " having min(next_attempt_at) <= ? and max(created_at) <= ? order by period limit ?),"
                        + " claimed as (update figures_outbox f set next_attempt_at = ? from owed"
                        + " where f.period = owed.period and f.delivered_at is null and f.dead_at is null and f.next_attempt_at <= ? returning f.period)"
                        + " select period, version, attempts from owed where period in (select period from claimed) order by period",
                rs -> new Owed(rs.getString(1), rs.getLong(2), rs.getInt(3)), now, quietSince, limit, leaseUntil, now);
    }

    /** The indicator service has the period at this version: it and every older pending version are done. */
    public void delivered(String period, long figureVersion, OffsetDateTime at) {
        jdbc.update("update figures_outbox set delivered_at = ?, attempts = attempts + 1, last_error = null"
                + " where period = ? and figure_version <= ? and delivered_at is null", at, period, figureVersion);
    }

    /** A failed attempt: the period's pending versions wait until {@code next}. */
    public void failed(String period, OffsetDateTime next, String error) {
        jdbc.update("update figures_outbox set attempts = attempts + 1, next_attempt_at = ?, last_error = ?"
                + " where period = ? and delivered_at is null and dead_at is null", next, error.substring(0, Math.min(500, error.length())), period);
    }

    /**
     * The indicator service refused the period at this version for good: it and the older pending versions are parked
     * with the reason (each text cut to its column) and not claimed again until requeued; a newer version still goes.
     */
    public void park(String period, long figureVersion, Refusal reason, OffsetDateTime at) {
        jdbc.update("update figures_outbox set attempts = attempts + 1, dead_at = ?, dead_status = ?, dead_title = ?, dead_detail = ?,"
                        + " dead_rules = ?, last_error = ? where period = ? and figure_version <= ? and delivered_at is null and dead_at is null",
                at, reason.status(), cut(reason.title(), 200), cut(reason.detail(), 1000),
                reason.rules().isEmpty() ? null : cut(String.join(",", reason.rules()), 300), cut(reason.summary(), 500), period, figureVersion);
    }

    private static String cut(String text, int chars) {
        return text == null || text.length() <= chars ? text : text.substring(0, chars);
    }

    /** How many versions of the period are still pending, parked ones included (operators and tests). */
    public long pending(String period) {
        return jdbc.count("select count(*) from figures_outbox where period = ? and delivered_at is null", period);
    }
}
