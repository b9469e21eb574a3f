package cn.npa.submission.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One version of a bureau's branch deadline rule, as stored. */
@Entity
@Table(name = "branch_deadline_rule")
public class BranchDeadlineRuleEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "bureau_code")
    public String bureauCode;
    @Column(name = "report_type")
    public String reportType;
    @Column(name = "due_days")
    public Integer dueDays;
    @Column(name = "valid_from")
    public LocalDate validFrom;
    @Column(name = "valid_to")
    public LocalDate validTo;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
