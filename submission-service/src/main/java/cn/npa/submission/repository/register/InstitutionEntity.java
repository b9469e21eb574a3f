package cn.npa.submission.repository.register;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One validity interval of an institution, as stored. */
@Entity
@Table(name = "institution")
public class InstitutionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String code;
    public String name;
    public String kind;
    @Column(name = "parent_code")
    public String parentCode;
    @Column(name = "supervisor_code")
    public String supervisorCode;
    @Column(name = "region_code", columnDefinition = "bpchar(6)")
    public String regionCode;
    @Column(name = "peer_group")
    public String peerGroup;
    @Column(name = "valid_from")
    public LocalDate validFrom;
    @Column(name = "valid_to")
    public LocalDate validTo;
}
