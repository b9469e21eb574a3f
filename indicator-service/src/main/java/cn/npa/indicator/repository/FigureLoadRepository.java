package cn.npa.indicator.repository;

import cn.npa.common.db.Jdbc;
import cn.npa.indicator.domain.intake.FigureLoad;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** The loads of figures: which (period, version) exist, the current version of a period, the latest hierarchy. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class FigureLoadRepository {

    private static final String COLUMNS = "l.id, l.period, l.figure_version, l.content_sha256, l.node_count, l.restated_count,"
            + " l.exposure_count, l.received_at, l.received_by,"
            + " l.figure_version = (select max(x.figure_version) from figure_load x where x.period = l.period) as is_current";

    private final Jdbc jdbc;

    public FigureLoadRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Serialises intakes of one period until the transaction ends. */
    public void lockPeriod(String period) {
        jdbc.lock("figures:" + period);
    }

    public Optional<FigureLoad> find(String period, int version) {
        return jdbc.one("select " + COLUMNS + " from figure_load l where l.period = ? and l.figure_version = ?", FigureLoadRepository::row,
                period, version);
    }

    public Optional<FigureLoad> byId(long id) {
        return jdbc.one("select " + COLUMNS + " from figure_load l where l.id = ?", FigureLoadRepository::row, id);
    }

    /** The highest figure version of a period. */
    public Optional<FigureLoad> current(String period) {
        return jdbc.one("select " + COLUMNS + " from figure_load l where l.period = ? order by l.figure_version desc limit 1",
                FigureLoadRepository::row, period);
    }

    /** The current load of the latest period (by period end; a month and its quarter end together: the later load). */
    public Optional<FigureLoad> latest() {
        return jdbc.one("select " + COLUMNS + " from figure_load l order by l.period_end desc, l.figure_version desc, l.id desc limit 1",
                FigureLoadRepository::row);
    }

    public long insert(String period, LocalDate periodEnd, int version, String receivedBy, OffsetDateTime at) {
        return jdbc.one("insert into figure_load (period, period_end, figure_version, content_sha256, node_count, restated_count,"
                        + " exposure_count, received_at, received_by) values (?, ?, ?, '', 0, 0, 0, ?, ?) returning id",
                rs -> rs.getLong(1), period, periodEnd, version, at, receivedBy).orElseThrow();
    }

    public void finish(long id, String sha256, int nodes, int restated, int exposures) {
        jdbc.update("update figure_load set content_sha256 = ?, node_count = ?, restated_count = ?, exposure_count = ? where id = ?",
                sha256, nodes, restated, exposures, id);
    }

    public List<FigureLoad> page(String period, int offset, int limit) {
        return jdbc.list("select " + COLUMNS + " from figure_load l where (?::text is null or l.period = ?)"
                + " order by l.period_end desc, l.period, l.figure_version desc limit ? offset ?", FigureLoadRepository::row,
                period, period, limit, offset);
    }

    public long count(String period) {
        return jdbc.count("select count(*) from figure_load l where (?::text is null or l.period = ?)", period, period);
    }

    private static FigureLoad row(ResultSet rs) throws SQLException {
        return new FigureLoad(rs.getLong("id"), rs.getString("period"), rs.getInt("figure_version"), rs.getString("content_sha256"),
                rs.getInt("node_count"), rs.getInt("restated_count"), rs.getInt("exposure_count"), Jdbc.time(rs, "received_at"),
                rs.getString("received_by"), rs.getBoolean("is_current"));
    }
}
