package cn.npa.report.repository;

import cn.npa.common.db.Jdbc;
import cn.npa.common.db.Replica;
import cn.npa.report.domain.AcceptedStatement;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/**
 * The received accepted filings of a period, read from the replica: the list is already behind intake by the feed's
 * delay (docs/feed.md), and the replication lag adds well under a second to that (docs/deployment.md).
 */
@ApplicationScoped
public class AcceptedStatementReads {

    private final Jdbc replica;
    private final ObjectMapper json;

    public AcceptedStatementReads(@Replica Jdbc replica, ObjectMapper json) {
        this.replica = replica;
        this.json = json;
    }

    /** A page of the period's accepted filings, by institution, report type and version. */
    public List<AcceptedStatement> ofPeriod(String period, int offset, int size) {
        return replica.list("select event_id, submission_id, version, institution_code, report_type, period, accepted_at,"
                        + " figures::text as figures from accepted_statement where period = ?"
                        + " order by institution_code, report_type, version, event_id offset ? limit ?",
                this::statement, period, offset, size);
    }

    public long countOfPeriod(String period) {
        return replica.one("select count(*) from accepted_statement where period = ?", rs -> rs.getLong(1), period).orElse(0L);
    }

    private AcceptedStatement statement(ResultSet rs) throws SQLException {
        try {
            return new AcceptedStatement(rs.getObject("event_id", UUID.class), rs.getString("submission_id"), rs.getInt("version"),
                    rs.getString("institution_code"), rs.getString("report_type"), rs.getString("period"),
                    Jdbc.time(rs, "accepted_at"), json.readTree(rs.getString("figures")));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored figures of " + rs.getString("event_id") + " are not JSON", e);
        }
    }
}
