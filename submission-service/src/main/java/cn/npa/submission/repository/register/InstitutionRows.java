package cn.npa.submission.repository.register;

import cn.npa.submission.domain.register.Institution;
import cn.npa.submission.domain.register.InstitutionKind;
import cn.npa.submission.domain.register.PeerGroup;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Maps institution rows of plain SQL queries to the domain record. */
final class InstitutionRows {

    /** The columns every query selects, in this order. */
    static final String COLUMNS = "code, name, kind, parent_code, supervisor_code, region_code, peer_group, valid_from, valid_to";
    /** "Valid on the date ?": a row is active from valid_from to valid_to inclusive. */
    static final String ACTIVE = "valid_from <= ?::date and (valid_to is null or valid_to >= ?::date)";

    private InstitutionRows() {
    }

    static Institution read(ResultSet rs) throws SQLException {
        String peer = rs.getString("peer_group");
        Date to = rs.getDate("valid_to");
        return new Institution(rs.getString("code"), rs.getString("name"), InstitutionKind.valueOf(rs.getString("kind")),
                rs.getString("parent_code"), rs.getString("supervisor_code"), rs.getString("region_code"),
                peer == null ? null : PeerGroup.valueOf(peer), rs.getDate("valid_from").toLocalDate(),
                to == null ? null : to.toLocalDate());
    }
}
