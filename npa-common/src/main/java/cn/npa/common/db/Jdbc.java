package cn.npa.common.db;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Plain JDBC for a service's own tables: the connection of the current JTA transaction is used (Agroal enlists it), so
 * these statements commit or roll back with the service method that calls them; like every repository, it joins the
 * caller's transaction and refuses to run without one (MANDATORY). Jsonb is bound as text with a cast.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Jdbc {

    private final AgroalDataSource db;

    public Jdbc(AgroalDataSource db) {
        this.db = db;
    }

    /** Reads one row of a result. */
    @FunctionalInterface
    public interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** A text[] parameter. */
    public record TextArray(List<String> values) {
    }

    /** A jsonb parameter given as JSON text (bound untyped, so PostgreSQL reads it as the column's type). */
    public record JsonText(String text) {
    }

    /** The connection of the current transaction, for what plain statements cannot do (COPY). */
    public Connection connection() {
        try {
            return db.getConnection();
        } catch (SQLException e) {
            throw new IllegalStateException("no connection", e);
        }
    }

    public <T> List<T> list(String sql, Row<T> row, Object... args) {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(c, ps, args);
            List<T> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(row.read(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("query failed", e);
        }
    }

    /**
     * Streams the rows of a query to {@code each} with a server-side cursor ({@code fetchSize} rows per round trip), so a
     * result of hundreds of thousands of rows is never held in memory at once. Needs the caller's transaction (it has one).
     */
    public void forEach(String sql, int fetchSize, RowConsumer each, Object... args) {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(c, ps, args);
            ps.setFetchSize(fetchSize);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    each.accept(rs);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("query failed", e);
        }
    }

    /** Takes one row of a streamed result. */
    @FunctionalInterface
    public interface RowConsumer {
        void accept(ResultSet rs) throws SQLException;
    }

    public <T> Optional<T> one(String sql, Row<T> row, Object... args) {
        List<T> all = list(sql, row, args);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    public long count(String sql, Object... args) {
        return one(sql, rs -> rs.getLong(1), args).orElse(0L);
    }

    public int update(String sql, Object... args) {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(c, ps, args);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("update failed", e);
        }
    }

    /** Runs statements that may be several separated by semicolons, in one round trip (no result is read). */
    public void execute(String sql, Object... args) {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(c, ps, args);
            ps.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("statements failed", e);
        }
    }

    /** Serialises writers of one key until the transaction ends (PostgreSQL advisory lock). */
    public void lock(String key) {
        list("select pg_advisory_xact_lock(hashtext(?))", rs -> 1, key);
    }

    /** Runs one statement for many rows in JDBC batches (one round trip per batch). */
    public void batch(String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            int n = 0;
            for (Object[] args : rows) {
                bind(c, ps, args);
                ps.addBatch();
                if (++n % 1000 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("batch update failed", e);
        }
    }

    public static OffsetDateTime time(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class);
    }

    public static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    public static Integer integer(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    private static void bind(Connection c, PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            if (a instanceof TextArray t) {
                ps.setArray(i + 1, c.createArrayOf("text", t.values().toArray()));
            } else if (a instanceof JsonText j) {
                ps.setObject(i + 1, j.text(), java.sql.Types.OTHER);
            } else if (a instanceof LocalDate d) {
                ps.setObject(i + 1, d);
            } else {
                ps.setObject(i + 1, a);
            }
        }
    }
}
