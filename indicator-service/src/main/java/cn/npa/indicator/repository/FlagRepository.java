package cn.npa.indicator.repository;

import cn.npa.common.db.Jdbc;
import cn.npa.indicator.domain.keylist.Flag;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Supervisors' flags (K4): set, lift (never delete), read by id, list by scope, and those in force at an instant. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class FlagRepository {

    private final Jdbc jdbc;

    public FlagRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(String unit, String reason, LocalDate flaggedOn, List<String> regulatorPath, String by, String byInstitution,
                       OffsetDateTime at) {
        return jdbc.one("insert into supervisor_flag (unit_code, reason, flagged_on, regulator_path, set_by, set_by_inst, set_at)"
                + " values (?, ?, ?, ?, ?, ?, ?) returning id", rs -> rs.getLong(1), unit, reason, flaggedOn,
                new Jdbc.TextArray(regulatorPath), by, byInstitution, at).orElseThrow();
    }

    /** Locks the flag's row until the transaction ends. */
    public Optional<Flag> lock(long id) {
        return jdbc.one("select * from supervisor_flag where id = ? for update", FlagRepository::row, id);
    }

    public Optional<Flag> find(long id) {
        return jdbc.one("select * from supervisor_flag where id = ?", FlagRepository::row, id);
    }

    public void lift(long id, String by, String reason, OffsetDateTime at) {
        jdbc.update("update supervisor_flag set lifted_at = ?, lifted_by = ?, lift_reason = ? where id = ? and lifted_at is null",
                at, by, reason, id);
    }

    /** Flags newest first; {@code regulator}: only flags of units below it (null: all); {@code active}: null for both. */
    public List<Flag> page(String regulator, String unit, Boolean active, int offset, int limit) {
        return jdbc.list("select * from supervisor_flag where " + filter() + " order by id desc limit ? offset ?", FlagRepository::row,
                regulator, regulator, unit, unit, active, active, limit, offset);
    }

    public long count(String regulator, String unit, Boolean active) {
        return jdbc.count("select count(*) from supervisor_flag where " + filter(), regulator, regulator, unit, unit, active, active);
    }

    private static String filter() {
        return "(?::text is null or ? = any(regulator_path)) and (?::text is null or unit_code = ?)"
                + " and (?::boolean is null or (lifted_at is null) = ?)";
    }

    /** Every flag in force at an instant (set by then and not lifted by then), by id. */
    public List<Flag> inForceAt(OffsetDateTime at) {
        return jdbc.list("select * from supervisor_flag where set_at <= ? and (lifted_at is null or lifted_at > ?) order by id",
                FlagRepository::row, at, at);
    }

    public List<Flag> byIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.list("select * from supervisor_flag where id = any(?::bigint[]) order by id", FlagRepository::row,
                new Jdbc.TextArray(ids.stream().map(String::valueOf).toList()));
    }

    private static Flag row(ResultSet rs) throws SQLException {
        Array path = rs.getArray("regulator_path");
        return new Flag(rs.getLong("id"), rs.getString("unit_code"), rs.getString("reason"), Jdbc.date(rs, "flagged_on"),
                Arrays.asList((String[]) path.getArray()), rs.getString("set_by"), rs.getString("set_by_inst"), Jdbc.time(rs, "set_at"),
                Jdbc.time(rs, "lifted_at"), rs.getString("lifted_by"), rs.getString("lift_reason"));
    }
}
