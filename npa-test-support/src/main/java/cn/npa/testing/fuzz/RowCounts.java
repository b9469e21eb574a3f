package cn.npa.testing.fuzz;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The number of rows of every table of one schema, read straight from the database: "nothing stored" is counted, not assumed. */
public final class RowCounts {

    private final String jdbcUrl;
    private final String schema;
    private Connection connection;

    public RowCounts(String jdbcUrl, String schema) {
        this.jdbcUrl = jdbcUrl;
        this.schema = schema;
    }

    /** Table name to row count, Flyway's history left out. */
    public Map<String, Long> now() {
        Map<String, Long> counts = new TreeMap<>();
        try (Statement s = connection().createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("select table_name from information_schema.tables where table_type = 'BASE TABLE' "
                    + "and table_schema = '" + schema + "' and table_name <> 'flyway_schema_history'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String t : tables) {
                try (ResultSet rs = s.executeQuery("select count(*) from \"" + schema + "\".\"" + t + "\"")) {
                    rs.next();
                    counts.put(t, rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count the rows of schema " + schema, e);
        }
        return counts;
    }

    /** One connection for the whole run: counting happens twice per write, and a connection costs more than the counts. */
    private synchronized Connection connection() throws SQLException {
        if (connection == null || connection.isClosed()) {
            connection = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
        }
        return connection;
    }
}
