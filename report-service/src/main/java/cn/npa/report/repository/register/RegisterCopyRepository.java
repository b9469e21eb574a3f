package cn.npa.report.repository.register;

import cn.npa.common.db.Jdbc;
import cn.npa.report.domain.tree.InstitutionKind;
import cn.npa.report.domain.tree.InstitutionSnapshot;
import cn.npa.report.domain.tree.PeerGroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The copies of the register as valid at period ends, with the version stamp each was taken under. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class RegisterCopyRepository {

    private final Jdbc jdbc;

    public RegisterCopyRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** One stored institution of a copy, with its display name. */
    public record StoredInstitution(InstitutionSnapshot snapshot, String name) {
    }

    /** The version stamp of the copy for {@code asOf}, if there is one. */
    public Optional<Long> versionOf(LocalDate asOf) {
        return jdbc.one("select register_version from register_copy where as_of = ?", rs -> rs.getLong(1), asOf);
    }

    /** The register's latest version stamp the feed announced (-1 when none yet). */
    public long latestAnnounced() {
        return jdbc.one("select revision from period_revision where period = '*'", rs -> rs.getLong(1)).orElse(-1L);
    }

    public List<StoredInstitution> rows(LocalDate asOf) {
        return jdbc.list("select code, name, kind, parent_code, supervisor_code, region_code, peer_group from register_copy_row"
                + " where as_of = ?", rs -> {
                    String peer = rs.getString("peer_group");
                    return new StoredInstitution(new InstitutionSnapshot(rs.getString("code"), InstitutionKind.valueOf(rs.getString("kind")),
                            rs.getString("parent_code"), rs.getString("supervisor_code"), rs.getString("region_code"),
                            peer == null ? null : PeerGroup.valueOf(peer)), rs.getString("name"));
                }, asOf);
    }

    /** Replaces the copy for {@code asOf}. */
    public void replace(LocalDate asOf, long version, OffsetDateTime fetchedAt, List<StoredInstitution> institutions) {
        jdbc.update("delete from register_copy where as_of = ?", asOf);
        jdbc.update("insert into register_copy (as_of, register_version, fetched_at) values (?, ?, ?)", asOf, version, fetchedAt);
        List<Object[]> rows = new ArrayList<>(institutions.size());
        for (StoredInstitution i : institutions) {
            InstitutionSnapshot s = i.snapshot();
            rows.add(new Object[] {asOf, s.code(), i.name(), s.kind().name(), s.parentCode(), s.supervisorCode(), s.regionCode(),
                    s.peerGroup() == null ? null : s.peerGroup().name()});
        }
        jdbc.batch("insert into register_copy_row (as_of, code, name, kind, parent_code, supervisor_code, region_code, peer_group)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?)", rows);
    }
}
