package cn.npa.submission.repository;

import cn.npa.common.web.Page;
import cn.npa.common.web.PageRequest;
import cn.npa.submission.domain.deadline.ObligationStatus;
import cn.npa.submission.domain.obligation.FilerLateness;
import cn.npa.submission.domain.obligation.LatenessRecord;
import cn.npa.submission.domain.obligation.Obligation;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads of obligations and their lateness, always inside a caller's {@link ObligationScope}, paged in SQL. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ObligationQueries {

    private final AgroalDataSource db;

    public ObligationQueries(AgroalDataSource db) {
        this.db = db;
    }

    public Optional<Obligation> byId(long id) {
        List<Obligation> found = query("select " + ObligationRows.COLUMNS + " from obligation where id = ?", List.of(id), ObligationRows::read);
        return found.stream().findFirst();
    }

    /** Obligations in scope, optionally of one institution, period and statuses; newest period first. */
    public Page<Obligation> page(ObligationScope scope, String institution, String period, List<ObligationStatus> statuses,
                                 PageRequest page) {
        List<Object> args = new ArrayList<>();
        StringBuilder where = where(scope, args);
        if (institution != null) {
            where.append(" and institution_code = ?");
            args.add(institution);
        }
        if (period != null) {
            where.append(" and period = ?");
            args.add(period);
        }
        if (statuses != null && !statuses.isEmpty()) {
            where.append(" and status = any(?)");
            args.add(statuses.stream().map(Enum::name).toArray(String[]::new));
        }
        String sql = "select " + ObligationRows.COLUMNS + ", count(*) over () as total from obligation where " + where
                + " order by period_end desc, institution_code, report_type limit ? offset ?";
        args.add(page.size());
        args.add(page.offset());
        long[] total = {0};
        List<Obligation> items = query(sql, args, rs -> {
            total[0] = rs.getLong("total");
            return ObligationRows.read(rs);
        });
        return new Page<>(items, page.page(), page.size(), items.isEmpty() ? count(where.toString(), args) : total[0]);
    }

    /** Per filer in scope: obligations whose period ends in [from, to], counted by outcome. */
    public Page<FilerLateness> lateness(ObligationScope scope, String institution, LocalDate from, LocalDate to, Instant now,
                                        PageRequest page) {
        List<Object> args = new ArrayList<>();
        args.add(java.sql.Timestamp.from(now));
        StringBuilder where = where(scope, args);
        where.append(" and period_end between ? and ?");
        args.add(from);
        args.add(to);
        if (institution != null) {
            where.append(" and institution_code = ?");
            args.add(institution);
        }
        String sql = "select institution_code, count(*) as n,"
                + " count(*) filter (where status = 'SUBMITTED_ON_TIME') as on_time,"
                + " count(*) filter (where status = 'SUBMITTED_LATE') as late,"
                + " count(*) filter (where status = 'OVERDUE') as overdue,"
                + " count(*) filter (where status = 'WAIVED') as waived,"
                + " count(*) filter (where status = 'OPEN') as open,"
                + " coalesce(sum(case status when 'SUBMITTED_LATE' then days_late when 'OVERDUE'"
                + " then greatest(1, (cast(? as timestamptz) at time zone 'Asia/Shanghai')::date - due_date) else 0 end), 0) as days,"
                + " coalesce(sum(a.n), 0) as amendments,"
                + " count(*) over () as total"
                + " from obligation o left join (select obligation_id, count(*) as n from obligation_lateness"
                + " where kind = 'AMENDMENT_LATE' group by obligation_id) a on a.obligation_id = o.id where " + where + " group by institution_code order by institution_code limit ? offset ?";
        args.add(page.size());
        args.add(page.offset());
        long[] total = {0};
        List<FilerLateness> items = query(sql, args, rs -> {
            total[0] = rs.getLong("total");
            return new FilerLateness(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6),
                    rs.getInt(7), rs.getInt(8), rs.getInt(9));
        });
        return new Page<>(items, page.page(), page.size(), total[0]);
    }

    /** The lateness records of one obligation, oldest first. */
    public List<LatenessRecord> latenessOf(long obligationId) {
        return query("select kind, days_late, version, recorded_at from obligation_lateness where obligation_id = ? order by id",
                List.of(obligationId), rs -> new LatenessRecord(rs.getString(1), rs.getInt(2), rs.getInt(3),
                        ObligationRows.instant(rs, "recorded_at")));
    }

    private static StringBuilder where(ObligationScope scope, List<Object> args) {
        if (scope.all()) {
            return new StringBuilder("true");
        }
        StringBuilder w = new StringBuilder("(false");
        if (scope.headOffice() != null) {
            w.append(" or head_office_code = ?");
            args.add(scope.headOffice());
        }
        if (!scope.institutions().isEmpty()) {
            w.append(" or institution_code = any(?)");
            args.add(scope.institutions().toArray(String[]::new));
        }
        if (!scope.supervisors().isEmpty()) {
            w.append(" or supervisor_code = any(?)");
            args.add(scope.supervisors().toArray(String[]::new));
        }
        return w.append(")");
    }

    private long count(String where, List<Object> args) {
        List<Object> countArgs = args.subList(0, args.size() - 2);
        return query("select count(*) from obligation where " + where, countArgs, rs -> rs.getLong(1)).get(0);
    }

    private interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, List<Object> args, RowReader<T> reader) {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int k = 0; k < args.size(); k++) {
                Object a = args.get(k);
                ps.setObject(k + 1, a instanceof String[] arr ? c.createArrayOf("text", arr) : a);
            }
            List<T> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(reader.read(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("obligation query failed", e);
        }
    }
}
