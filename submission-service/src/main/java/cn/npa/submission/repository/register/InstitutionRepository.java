package cn.npa.submission.repository.register;

import cn.npa.submission.domain.register.Institution;
import cn.npa.submission.domain.register.InstitutionKind;
import cn.npa.submission.domain.register.PeerGroup;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Queries over the effective-dated institution table. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class InstitutionRepository implements PanacheRepository<InstitutionEntity> {

    static final String ACTIVE = "validFrom <= ?1 and (validTo is null or validTo >= ?1)";

    public List<Institution> versions(String code) {
        return list("code = ?1 order by validFrom", code).stream().map(InstitutionRepository::toDomain).toList();
    }

    public List<Institution> versionsOf(Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return list("code in ?1 order by code, validFrom", codes).stream().map(InstitutionRepository::toDomain).toList();
    }

    public Optional<Institution> activeOn(String code, LocalDate date) {
        return find("code = ?2 and " + ACTIVE, date, code).firstResultOptional().map(InstitutionRepository::toDomain);
    }

    public Optional<InstitutionEntity> version(String code, LocalDate validFrom) {
        return find("code = ?1 and validFrom = ?2", code, validFrom).firstResultOptional();
    }

    public static Institution toDomain(InstitutionEntity e) {
        return new Institution(e.code, e.name, InstitutionKind.valueOf(e.kind), e.parentCode, e.supervisorCode,
                e.regionCode, e.peerGroup == null ? null : PeerGroup.valueOf(e.peerGroup), e.validFrom, e.validTo);
    }

    public static void copy(Institution i, InstitutionEntity e) {
        e.code = i.code();
        e.name = i.name();
        e.kind = i.kind().name();
        e.parentCode = i.parentCode();
        e.supervisorCode = i.supervisorCode();
        e.regionCode = i.regionCode();
        e.peerGroup = i.peerGroup() == null ? null : i.peerGroup().name();
        e.validFrom = i.validFrom();
        e.validTo = i.validTo();
    }
}
