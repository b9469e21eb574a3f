package cn.npa.submission.repository.register;

import cn.npa.common.web.Page;
import cn.npa.common.web.PageRequest;
import cn.npa.submission.domain.register.Institution;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Plain SQL over the register: search, streamed export, the whole register, and its version stamp. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class RegisterQueries {

    private static final String A = InstitutionRows.ACTIVE;
    private static final String COLS = InstitutionRows.COLUMNS;


    private final AgroalDataSource db;

    public RegisterQueries(AgroalDataSource db) {
        this.db = db;
    }

    /** Search by name fragment, region (a province code matches the whole province), peer group and kind. */
    public Page<Institution> search(String name, String region, String peerGroup, String kind, LocalDate d, PageRequest page) {
        StringBuilder sql = new StringBuilder("select " + COLS + ", count(*) over () as total from institution where " + A);
        List<Object> args = new ArrayList<>(List.of(d, d));
        if (name != null) {
            sql.append(" and name ilike ?");
            args.add("%" + name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (region != null) {
            sql.append(region.endsWith("0000") ? " and region_code like ?" : " and region_code = ?");
            args.add(region.endsWith("0000") ? region.substring(0, 2) + "%" : region);
        }
        if (peerGroup != null) {
            sql.append(" and peer_group = ?");
            args.add(peerGroup);
        }
        if (kind != null) {
            sql.append(" and kind = ?");
            args.add(kind);
        }
        sql.append(" order by code limit ? offset ?");
        return page(sql.toString(), page, args.toArray());
    }

    /** Streams every institution valid on the date to the consumer, parents before children within each tree level. */
    public void export(LocalDate d, Consumer<Institution> sink) {
        String sql = "select " + COLS + " from institution where " + A + " order by case kind when 'REGULATOR_NATIONAL' then 0"
                + " when 'REGULATOR_BUREAU' then 1 when 'REGULATOR_SUB_BUREAU' then 2 when 'BANK_HEAD_OFFICE' then 3"
                + " when 'BRANCH_GRADE_ONE' then 4 when 'BRANCH' then 5 else 6 end, code";
        // the caller's transaction (MANDATORY) is what lets the fetch size open a cursor, so the rows stream instead of loading at once
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setFetchSize(2000);
            bind(ps, d, d);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sink.accept(InstitutionRows.read(rs));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("register export failed", e);
        }
    }

    /** The version stamp of the register: every change bumps it in its own transaction. */
    public long version() {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement("select version from register_version where id = 1");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            throw new IllegalStateException("register version query failed", e);
        }
    }

    /** Every row of the register, all dates: what an import is checked against and the in-memory index is built from. */
    public List<Institution> all() {
        return list("select " + COLS + " from institution order by code, valid_from");
    }

    private Page<Institution> page(String sql, PageRequest page, Object... args) {
        Object[] all = new Object[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = page.size();
        all[args.length + 1] = page.offset();
        long[] total = {0};
        List<Institution> items = query(sql, rs -> total[0] = rs.getLong("total"), all);
        if (items.isEmpty() && page.offset() > 0) {
            // past the end: an empty window says nothing of the total, so ask for the first row's count
            all[args.length] = 1;
            all[args.length + 1] = 0;
            query(sql, rs -> total[0] = rs.getLong("total"), all);
        }
        return new Page<>(items, page.page(), page.size(), total[0]);
    }

    private List<Institution> list(String sql, Object... args) {
        return query(sql, rs -> { }, args);
    }

    private List<Institution> query(String sql, RowHook hook, Object... args) {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            List<Institution> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(InstitutionRows.read(rs));
                    hook.accept(rs);
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("register query failed", e);
        }
    }

    private static void bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            ps.setObject(i + 1, a instanceof LocalDate ld ? ld.toString() : a);
        }
    }

    /** Reads extra columns of a row. */
    @FunctionalInterface
    private interface RowHook {
        void accept(ResultSet rs) throws SQLException;
    }
}
