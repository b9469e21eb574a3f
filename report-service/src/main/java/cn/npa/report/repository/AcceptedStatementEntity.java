package cn.npa.report.repository;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An accepted filing version received from the submission service, as stored (mapped so that Hibernate checks the table at start; read through {@link AcceptedStatementReads}). */
@Entity
@Table(name = "accepted_statement")
public class AcceptedStatementEntity {
    @Id
    @Column(name = "event_id")
    public UUID eventId;
    @Column(name = "submission_id")
    public String submissionId;
    public int version;
    @Column(name = "institution_code")
    public String institutionCode;
    @Column(name = "report_type")
    public String reportType;
    public String period;
    @Column(name = "accepted_at")
    public OffsetDateTime acceptedAt;
    @JdbcTypeCode(SqlTypes.JSON)
    public JsonNode figures;
    @Column(name = "received_at")
    public OffsetDateTime receivedAt;
}
