package cn.npa.submission.repository;

import cn.npa.common.web.Page;
import cn.npa.common.web.PageRequest;
import cn.npa.submission.domain.register.Institution;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Tree queries over the register as valid on a date: subtree, ancestors, jurisdiction and its maximal nodes. */
@ApplicationScoped
public class RegisterQueries {

    private static final String A = InstitutionRows.ACTIVE;
    private static final String COLS = InstitutionRows.COLUMNS;
    private static final String IA = A.replace("valid_", "i.valid_");

    /** The regulators at or below a regulator, by the supervisory tree (a regulator's parent is its supervisor). */
    private static final String REGS = "regs as (select code from institution where code = ? and kind like 'REGULATOR%' and " + A
            + " union all select i.code from institution i join regs r on i.parent_code = r.code where i.kind like 'REGULATOR%' and " + IA + ")";
    private static final String JURISDICTION = "j as (select " + COLS + " from institution where supervisor_code in (select code from regs)"
            + " and kind not like 'REGULATOR%' and " + A + ")";

    private final AgroalDataSource db;

    public RegisterQueries(AgroalDataSource db) {
        this.db = db;
    }

    public Page<Institution> children(String code, LocalDate d, PageRequest page) {
        return page("select " + COLS + ", count(*) over () as total from institution where parent_code = ? and " + A
                + " order by code limit ? offset ?", page, code, d, d);
    }

    /** The node and everything below it in its tree, nearest levels first. */
    public Page<Institution> subtree(String code, LocalDate d, PageRequest page) {
        String sql = "with recursive t as (select " + COLS + ", 0 as depth from institution where code = ? and " + A
                + " union all select " + prefixed("i") + ", t.depth + 1 from institution i join t on i.parent_code = t.code where " + IA + ")"
                + " select *, count(*) over () as total from t order by depth, code limit ? offset ?";
        return page(sql, page, code, d, d, d, d);
    }

    /** The chain from the node's parent up to its root, nearest first. */
    public List<Institution> ancestors(String code, LocalDate d) {
        String sql = "with recursive up as (select " + COLS + ", 0 as depth from institution where code = ? and " + A
                + " union all select " + prefixed("i") + ", up.depth + 1 from institution i join up on i.code = up.parent_code where "
                + IA + " and up.depth < 20) select * from up where depth > 0 order by depth";
        return list(sql, code, d, d, d, d);
    }

    /** The bank nodes supervised by the regulator or a regulator below it (domain spec section 1). */
    public Page<Institution> jurisdiction(String regulator, LocalDate d, PageRequest page) {
        String sql = "with recursive " + REGS + ", " + JURISDICTION + " select *, count(*) over () as total from j order by code limit ? offset ?";
        return page(sql, page, regulator, d, d, d, d, d, d);
    }

    /** The jurisdiction's nodes whose parent lies outside it: the ones a rollup sums, so nothing counts twice. */
    public Page<Institution> maximalNodes(String regulator, LocalDate d, PageRequest page) {
        String sql = "with recursive " + REGS + ", " + JURISDICTION + " select *, count(*) over () as total from j"
                + " where j.parent_code is null or not exists (select 1 from j p where p.code = j.parent_code)"
                + " order by code limit ? offset ?";
        return page(sql, page, regulator, d, d, d, d, d, d);
    }

    /** True when {@code code} is {@code root} or lies below it in the tree (bank tree for banks, supervisory for regulators). */
    public boolean isWithin(String code, String root, LocalDate d) {
        if (code.equals(root)) {
            return true;
        }
        return ancestors(code, d).stream().anyMatch(i -> i.code().equals(root));
    }

    /** True when the bank node is in the regulator's jurisdiction on the date. */
    public boolean inJurisdiction(String code, String regulator, LocalDate d) {
        String sql = "with recursive " + REGS + " select 1 from institution where code = ? and supervisor_code in (select code from regs) and " + A;
        return !list(sql.replace("select 1", "select " + COLS), regulator, d, d, d, d, code, d, d).isEmpty();
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
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false); // a cursor needs a transaction, so the rows stream instead of loading at once
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setFetchSize(2000);
                bind(ps, d, d);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        sink.accept(InstitutionRows.read(rs));
                    }
                }
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("register export failed", e);
        }
    }

    /** Every row of the register, all dates: what an import is checked against. */
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

    private static String prefixed(String alias) {
        return alias + "." + COLS.replace(", ", ", " + alias + ".");
    }

    /** Reads extra columns of a row. */
    @FunctionalInterface
    private interface RowHook {
        void accept(ResultSet rs) throws SQLException;
    }
}
