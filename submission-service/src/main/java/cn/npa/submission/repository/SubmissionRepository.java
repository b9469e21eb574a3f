package cn.npa.submission.repository;

import cn.npa.common.db.Jdbc;
import cn.npa.common.web.Page;
import cn.npa.common.web.PageRequest;
import cn.npa.submission.domain.filing.SubmissionFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The submission table: slots, their latest version number, and scoped, filtered paging. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SubmissionRepository {

    static final String COLS = "s.id, s.institution_code, s.report_type, s.period, s.scope_date, s.bank_path, s.regulator_path,"
            + " s.created_at, s.latest_version";

    private final Jdbc jdbc;

    public SubmissionRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Who may read which rows: everything, a bank subtree, or a regulator's jurisdiction. */
    public record Scope(boolean all, String bankRoot, String regulator) {

        String sql() {
            return all ? "true" : bankRoot != null ? "? = any(s.bank_path)" : "? = any(s.regulator_path)";
        }

        void args(List<Object> args) {
            if (!all) {
                args.add(bankRoot != null ? bankRoot : regulator);
            }
        }
    }

    /** A submission and the facts of its latest version, for lists. */
    public record Summary(StoredSubmission submission, String verdict, java.time.OffsetDateTime receivedAt, boolean majorAdjustment) {
    }

    /** Locks a submission row until the transaction ends: explanations wait for a version being filed, and the reverse. */
    public void lock(UUID id) {
        jdbc.list("select 1 from submission where id = ? for update", rs -> 1, id);
    }

    public Optional<StoredSubmission> slot(String institution, String type, String period) {
        return jdbc.one("select " + COLS + " from submission s where s.institution_code = ? and s.report_type = ? and s.period = ?",
                SubmissionRepository::read, institution, type, period);
    }

    public Optional<StoredSubmission> find(UUID id) {
        return jdbc.one("select " + COLS + " from submission s where s.id = ?", SubmissionRepository::read, id);
    }

    /**
     * Claims the next version of a slot in one statement: creates the submission (as {@code candidate}, version 1) or
     * raises its latest version by one, and returns the row with the version now claimed. The row stays locked until the
     * transaction ends, so writers of one slot follow each other; a rollback gives the number back.
     */
    public StoredSubmission claimNextVersion(StoredSubmission candidate) {
        return jdbc.one("insert into submission as s (id, institution_code, report_type, period, scope_date, bank_path, regulator_path,"
                        + " created_at, latest_version) values (?, ?, ?, ?, ?, ?, ?, ?, 1) on conflict (institution_code, report_type, period)"
                        + " do update set latest_version = s.latest_version + 1 returning " + COLS,
                SubmissionRepository::read, candidate.id(), candidate.institutionCode(), candidate.reportType(), candidate.period(),
                candidate.scopeDate(), new Jdbc.TextArray(candidate.bankPath()), new Jdbc.TextArray(candidate.regulatorPath()),
                candidate.createdAt()).orElseThrow();
    }

    public Page<Summary> page(SubmissionFilter f, Scope scope, PageRequest page) {
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder(" where " + scope.sql());
        scope.args(args);
        add(where, args, "s.institution_code", f.institution());
        add(where, args, "s.report_type", f.reportType());
        add(where, args, "s.period", f.period());
        add(where, args, "v.verdict", f.verdict());
        String from = " from submission s join submission_version v on v.submission_id = s.id and v.version = s.latest_version";
        long total = jdbc.count("select count(*)" + from + where, args.toArray());
        args.add(page.size());
        args.add(page.offset());
        List<Summary> items = jdbc.list("select " + COLS + ", v.verdict, v.received_at, v.major_adjustment" + from + where
                        + " order by s.period desc, s.institution_code, s.report_type limit ? offset ?",
                rs -> new Summary(read(rs), rs.getString("verdict"), Jdbc.time(rs, "received_at"), rs.getBoolean("major_adjustment")),
                args.toArray());
        return new Page<>(items, page.page(), page.size(), total);
    }

    private static void add(StringBuilder where, List<Object> args, String column, String value) {
        if (value != null) {
            where.append(" and ").append(column).append(" = ?");
            args.add(value);
        }
    }

    static StoredSubmission read(ResultSet rs) throws SQLException {
        return new StoredSubmission(rs.getObject("id", UUID.class), rs.getString("institution_code"), rs.getString("report_type"),
                rs.getString("period"), Jdbc.date(rs, "scope_date"), texts(rs.getArray("bank_path")),
                texts(rs.getArray("regulator_path")), Jdbc.time(rs, "created_at"), rs.getInt("latest_version"));
    }

    private static List<String> texts(Array a) throws SQLException {
        return a == null ? List.of() : Arrays.asList((String[]) a.getArray());
    }
}
