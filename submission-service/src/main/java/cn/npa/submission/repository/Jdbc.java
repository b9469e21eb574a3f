package cn.npa.submission.repository;

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
 * Plain JDBC for the intake tables: the connection of the current JTA transaction is used (Agroal enlists it), so
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
            throw new IllegalStateException("intake query failed", e);
        }
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
            throw new IllegalStateException("intake update failed", e);
        }
    }

    /** Runs the collected statements in one round trip; nothing happens when there are none. */
    public void execute(Writes writes) {
        if (writes.isEmpty()) {
            return;
        }
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(writes.sql())) {
            bind(c, ps, writes.args());
            ps.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("intake writes failed", e);
        }
    }

    /** Serialises writers of one key until the transaction ends (PostgreSQL advisory lock). */
    public void lock(String key) {
        list("select pg_advisory_xact_lock(hashtext(?))", rs -> 1, key);
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
            } else if (a instanceof LocalDate d) {
                ps.setObject(i + 1, d);
            } else {
                ps.setObject(i + 1, a);
            }
        }
    }
}
