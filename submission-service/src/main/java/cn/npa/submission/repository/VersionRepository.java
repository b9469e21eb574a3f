package cn.npa.submission.repository;

import cn.npa.common.db.Jdbc;
import cn.npa.common.web.Page;
import cn.npa.common.web.PageRequest;
import cn.npa.submission.domain.filing.KeyFigure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** The submission_version table: immutable accepted versions with their key figures as numeric columns. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class VersionRepository {

    private static final String FIGURE_COLS = Arrays.stream(KeyFigure.values()).map(VersionRepository::column)
            .collect(Collectors.joining(", "));
    static final String COLS = "v.submission_id, v.version, v.body::text as body, " + FIGURE_COLS.replaceAll("(\\w+)", "v.$1")
            + ", v.verdict_at_receipt, v.verdict, v.received_at, v.amendment_reason, v.major_adjustment, v.submitted_by,"
            + " v.request_id, v.idempotency_key, v.body_hash, v.due_date, v.deadline_status, v.days_late";

    private final Jdbc jdbc;

    public VersionRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** An accepted version with its submission, for the bulk read of the report service. */
    public record Accepted(StoredSubmission submission, StoredVersion version) {
    }

    /** Adds the insert of a version to a bundle of writes. */
    public void insert(Writes writes, StoredVersion v) {
        Object[] args = new Object[16 + KeyFigure.values().length - 1];
        int i = 0;
        args[i++] = v.submissionId();
        args[i++] = v.version();
        args[i++] = v.body();
        for (KeyFigure f : KeyFigure.values()) {
            args[i++] = v.figures().get(f);
        }
        for (Object o : new Object[] {v.verdictAtReceipt(), v.verdict(), v.receivedAt(), v.amendmentReason(), v.majorAdjustment(),
                v.submittedBy(), v.requestId(), v.idempotencyKey(), v.bodyHash(), v.dueDate(), v.deadlineStatus(), v.daysLate()}) {
            args[i++] = o;
        }
        String marks = "?, ?, ?::jsonb" + ", ?".repeat(KeyFigure.values().length + 12);
        writes.add("insert into submission_version (submission_id, version, body, " + FIGURE_COLS + ", verdict_at_receipt, verdict,"
                + " received_at, amendment_reason, major_adjustment, submitted_by, request_id, idempotency_key, body_hash,"
                + " due_date, deadline_status, days_late) values (" + marks + ")", Arrays.copyOf(args, i));
    }

    /** The key figures of one version (its body is not read). */
    public Optional<Map<KeyFigure, BigDecimal>> figures(UUID submission, int version) {
        return jdbc.one("select " + FIGURE_COLS + " from submission_version where submission_id = ? and version = ?",
                rs -> figures(rs, ""), submission, version);
    }

    public Optional<StoredVersion> find(UUID submission, int version) {
        return jdbc.one("select " + COLS + " from submission_version v where v.submission_id = ? and v.version = ?",
                VersionRepository::read, submission, version);
    }

    public List<StoredVersion> all(UUID submission) {
        return jdbc.list("select " + COLS + " from submission_version v where v.submission_id = ? order by v.version",
                VersionRepository::read, submission);
    }

    /** The version a caller stored under an idempotency key, with its submission id. */
    public Optional<StoredVersion> byIdempotencyKey(String subject, String key) {
        return jdbc.one("select " + COLS + " from submission_version v where v.submitted_by = ? and v.idempotency_key = ?",
                VersionRepository::read, subject, key);
    }

    /** The latest accepted version of a slot, if any: the one the system uses (section 5). */
    public Optional<StoredVersion> latestOf(String institution, String type, String period) {
        return jdbc.one("select " + COLS + " from submission s join submission_version v on v.submission_id = s.id"
                        + " and v.version = s.latest_version where s.institution_code = ? and s.report_type = ? and s.period = ?",
                VersionRepository::read, institution, type, period);
    }

    public void setVerdict(UUID submission, int version, String verdict) {
        jdbc.update("update submission_version set verdict = ? where submission_id = ? and version = ?", verdict, submission, version);
    }

    /** Latest version of every submission of a period (all filers), ordered by institution and type. */
    public Page<Accepted> latestOfPeriod(String period, PageRequest page) {
        String from = " from submission s join submission_version v on v.submission_id = s.id and v.version = s.latest_version"
                + " where s.period = ?";
        long total = jdbc.count("select count(*)" + from, period);
        List<Accepted> items = jdbc.list("select " + SubmissionRepository.COLS + ", " + COLS + from
                        + " order by s.institution_code, s.report_type limit ? offset ?",
                rs -> new Accepted(SubmissionRepository.read(rs), read(rs)), period, page.size(), page.offset());
        return new Page<>(items, page.page(), page.size(), total);
    }

    static String column(KeyFigure f) {
        return f.name().toLowerCase();
    }

    /** The key-figure columns of a row (named {@code prefix + column}); figures a report does not carry are left out. */
    static Map<KeyFigure, BigDecimal> figures(ResultSet rs, String prefix) throws SQLException {
        Map<KeyFigure, BigDecimal> figures = new EnumMap<>(KeyFigure.class);
        for (KeyFigure f : KeyFigure.values()) {
            BigDecimal v = rs.getBigDecimal(prefix + column(f));
            if (v != null) {
                figures.put(f, v);
            }
        }
        return figures;
    }

    static StoredVersion read(ResultSet rs) throws SQLException {
        return new StoredVersion(rs.getObject("submission_id", UUID.class), rs.getInt("version"), rs.getString("body"), figures(rs, ""),
                rs.getString("verdict_at_receipt"), rs.getString("verdict"), Jdbc.time(rs, "received_at"),
                rs.getString("amendment_reason"), rs.getBoolean("major_adjustment"), rs.getString("submitted_by"),
                rs.getString("request_id"), rs.getString("idempotency_key"), rs.getString("body_hash"), Jdbc.date(rs, "due_date"),
                rs.getString("deadline_status"), Jdbc.integer(rs, "days_late"));
    }
}
