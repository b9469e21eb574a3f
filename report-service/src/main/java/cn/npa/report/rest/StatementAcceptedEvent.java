package cn.npa.report.rest;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import cn.npa.report.domain.AcceptedStatement;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Pattern;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The submission service's notice that a filing version was accepted, with its figures. Sent again until acknowledged. */
public record StatementAcceptedEvent(
        @NotNull UUID eventId,
        @NotBlank String submissionId,
        @Positive int version,
        @NotBlank @Pattern(regexp = "[A-Z0-9-]{2,40}") String institutionCode,
        @NotBlank String reportType,
        @NotBlank @Pattern(regexp = "\\d{4}(-\\d{2}|-Q[1-4])?") String period,
        @NotNull OffsetDateTime acceptedAt,
        @NotNull @Schema(implementation = Object.class, type = SchemaType.OBJECT,
                description = "Key figures, and the whole filing exactly as filed under filing (docs/feed.md)") JsonNode figures) {

    public AcceptedStatement toDomain() {
        return new AcceptedStatement(eventId, submissionId, version, institutionCode, reportType, period, acceptedAt, figures);
    }

    public static StatementAcceptedEvent of(AcceptedStatement s) {
        return new StatementAcceptedEvent(s.eventId(), s.submissionId(), s.version(), s.institutionCode(), s.reportType(),
                s.period(), s.acceptedAt(), s.figures());
    }
}
