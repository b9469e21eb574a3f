package cn.npa.submission.rest;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/** Counts the rows of the intake tables straight from the database: "nothing stored" must be checked, not assumed. */
final class IntakeTables {

    static final String[] TABLES = {"submission", "submission_version", "quality_finding", "explanation", "audit_event", "outbox"};

    private IntakeTables() {
    }

    static Map<String, Long> counts(AgroalDataSource db) {
        Map<String, Long> out = new LinkedHashMap<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            for (String t : TABLES) {
                try (ResultSet rs = s.executeQuery("select count(*) from " + t)) {
                    rs.next();
                    out.put(t, rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    static long outboxFor(AgroalDataSource db, String submissionId) {
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from outbox where payload->>'submissionId' = '" + submissionId + "'")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
