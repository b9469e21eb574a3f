package cn.npa.submission.repository;

import cn.npa.submission.domain.deadline.ObligationStatus;
import cn.npa.submission.domain.obligation.Obligation;
import cn.npa.submission.domain.period.ReportType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

/** The obligation table's columns and how a row becomes an {@link Obligation}. */
final class ObligationRows {

    static final String COLUMNS = "id, institution_code, report_type, period, period_end, head_office_code, supervisor_code,"
            + " bureau_code, nominal_date, due_date, late_from, deadline_source, status, days_late, first_filed_at, first_version,"
            + " reason, waived_by, waiver_reason, waived_at";

    private ObligationRows() {
    }

    static Obligation read(ResultSet rs) throws SQLException {
        int version = rs.getInt("first_version");
        Integer firstVersion = rs.wasNull() ? null : version;
        return new Obligation(rs.getLong("id"), rs.getString("institution_code"), ReportType.valueOf(rs.getString("report_type")),
                rs.getString("period"), rs.getObject("period_end", LocalDate.class), rs.getString("head_office_code"),
                rs.getString("supervisor_code"), rs.getString("bureau_code"), rs.getObject("nominal_date", LocalDate.class),
                rs.getObject("due_date", LocalDate.class), instant(rs, "late_from"), rs.getString("deadline_source"),
                ObligationStatus.valueOf(rs.getString("status")), rs.getInt("days_late"), instant(rs, "first_filed_at"), firstVersion,
                rs.getString("reason"), rs.getString("waived_by"), rs.getString("waiver_reason"), instant(rs, "waived_at"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }
}
