package cn.npa.report.service.feed;

import cn.npa.common.problem.FieldError;
import cn.npa.common.problem.RuleId;
import cn.npa.report.domain.AcceptedStatement;
import cn.npa.report.domain.feed.ObligationStatusEvent;
import cn.npa.report.domain.feed.RegisterChangedEvent;
import cn.npa.report.domain.figures.Figures;
import cn.npa.report.domain.rollup.ObligationStatus;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/** Reads one event of a feed call (docs/feed.md), naming every field it cannot use with its JSON path. */
public final class FeedEventReader {

    public static final Pattern CODE = Pattern.compile("[A-Z0-9-]{2,40}");
    public static final Pattern PERIOD = Pattern.compile("\\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?");
    private static final Pattern REPORT_TYPE = Pattern.compile("[A-Z_]{2,40}");

    private final String at;
    private final JsonNode e;
    private final List<FieldError> errors = new ArrayList<>();

    private FeedEventReader(JsonNode event, String at) {
        this.e = event;
        this.at = at;
    }

    /** Reads the event found at JSON path {@code at} (e.g. {@code $[3]}). */
    public static FeedEvent read(JsonNode event, String at) {
        return new FeedEventReader(event, at).read();
    }

    private FeedEvent read() {
        if (!e.isObject()) {
            return new FeedEvent.Rejected(null, List.of(error("", "an event is a JSON object")));
        }
        UUID id = uuid("eventId");
        String type = e.path("eventType").isMissingNode() ? "STATEMENT_ACCEPTED" : e.path("eventType").asText();
        FeedEvent event = switch (type) {
            case "STATEMENT_ACCEPTED" -> statement(id);
            case "OBLIGATION_STATUS" -> obligation(id);
            case "REGISTER_CHANGED" -> register(id);
            default -> {
                errors.add(error(".eventType", "is not one of STATEMENT_ACCEPTED, OBLIGATION_STATUS, REGISTER_CHANGED"));
                yield null;
            }
        };
        return errors.isEmpty() ? event : new FeedEvent.Rejected(id, List.copyOf(errors));
    }

    private FeedEvent statement(UUID id) {
        String submission = text("submissionId", null);
        int version = (int) number("version", 1, Integer.MAX_VALUE);
        String institution = text("institutionCode", CODE);
        String reportType = text("reportType", REPORT_TYPE);
        String period = text("period", PERIOD);
        OffsetDateTime acceptedAt = time("acceptedAt");
        JsonNode figures = e.path("figures");
        JsonNode filing = figures.path("filing");
        Figures read = null;
        if (!filing.path("header").isObject()) {
            errors.add(error(".figures.filing", "the accepted filing (with its header) is required"));
        } else {
            try {
                read = FiguresReader.read(filing);
            } catch (FiguresReader.UnreadableFiling | IllegalArgumentException | NullPointerException ex) {
                errors.add(error(".figures.filing", "the filing's amounts cannot be read: " + ex.getMessage()));
            }
        }
        return errors.isEmpty() ? new FeedEvent.Statement(new AcceptedStatement(id, submission, version, institution,
                reportType, period, acceptedAt, figures), read) : null;
    }

    private FeedEvent obligation(UUID id) {
        String institution = text("institutionCode", CODE);
        String reportType = text("reportType", REPORT_TYPE);
        String period = text("period", PERIOD);
        ObligationStatus status = null;
        try {
            status = ObligationStatus.valueOf(e.path("status").asText());
        } catch (IllegalArgumentException ex) {
            errors.add(error(".status", "is not one of OPEN, SUBMITTED_ON_TIME, SUBMITTED_LATE, OVERDUE, WAIVED"));
        }
        LocalDate due = null;
        if (e.hasNonNull("dueDate")) {
            try {
                due = LocalDate.parse(e.path("dueDate").asText());
            } catch (RuntimeException ex) {
                errors.add(error(".dueDate", "is not a date (YYYY-MM-DD)"));
            }
        }
        int daysLate = e.hasNonNull("daysLate") ? (int) number("daysLate", 0, 100_000) : 0;
        long revision = number("revision", 0, Long.MAX_VALUE);
        OffsetDateTime changedAt = time("changedAt");
        return new FeedEvent.Obligation(new ObligationStatusEvent(id, institution, reportType, period, status, due, daysLate,
                revision, changedAt));
    }

    private FeedEvent register(UUID id) {
        long version = number("registerVersion", 0, Long.MAX_VALUE);
        OffsetDateTime changedAt = time("changedAt");
        return new FeedEvent.Register(new RegisterChangedEvent(id, version, changedAt));
    }

    private UUID uuid(String field) {
        try {
            return UUID.fromString(e.path(field).asText());
        } catch (IllegalArgumentException ex) {
            errors.add(error("." + field, "is not a UUID"));
            return null;
        }
    }

    private String text(String field, Pattern pattern) {
        JsonNode v = e.path(field);
        if (!v.isTextual() || v.asText().isBlank() || (pattern != null && !pattern.matcher(v.asText()).matches())) {
            errors.add(error("." + field, pattern == null ? "is required" : "does not match " + pattern.pattern()));
            return null;
        }
        return v.asText();
    }

    private long number(String field, long min, long max) {
        JsonNode v = e.path(field);
        if (!v.canConvertToLong() || !v.isIntegralNumber() || v.asLong() < min || v.asLong() > max) {
            errors.add(error("." + field, "is not a whole number from " + min));
            return min;
        }
        return v.asLong();
    }

    private OffsetDateTime time(String field) {
        try {
            return OffsetDateTime.parse(e.path(field).asText());
        } catch (RuntimeException ex) {
            errors.add(error("." + field, "is not a date-time with offset (ISO 8601)"));
            return null;
        }
    }

    private FieldError error(String path, String message) {
        return new FieldError(RuleId.EVENT, at + path, message);
    }
}
