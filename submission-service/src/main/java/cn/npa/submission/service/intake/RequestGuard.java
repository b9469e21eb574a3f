package cn.npa.submission.service.intake;

import cn.npa.common.problem.FieldError;
import cn.npa.common.problem.ProblemException;
import cn.npa.common.json.JsonValues;
import cn.npa.common.json.UnusableValueException;
import cn.npa.common.problem.JsonProblems;
import cn.npa.common.problem.RuleId;
import cn.npa.submission.domain.filing.Filing;
import cn.npa.submission.domain.filing.FilingHeader;
import cn.npa.submission.domain.filing.FilingKind;
import cn.npa.submission.domain.filing.FilingReader;
import cn.npa.submission.repository.FindingRepository;
import cn.npa.common.db.Jdbc;
import cn.npa.submission.repository.SubmissionRepository;
import cn.npa.submission.repository.VersionRepository;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import jakarta.enterprise.context.ApplicationScoped;

/** The checks around the filing's own rules: idempotency replay, readable JSON, V8 as 403, the amendment reason. */
@ApplicationScoped
public class RequestGuard {

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{1,200}");
    /** The filing mapper, also refusing anything after the document (trailing garbage is not "the same" report). */
    private static final ObjectReader READER = FilingReader.mapper().reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final Jdbc jdbc;
    private final VersionRepository versions;
    private final SubmissionRepository submissions;
    private final FindingRepository findings;

    public RequestGuard(Jdbc jdbc, VersionRepository versions, SubmissionRepository submissions, FindingRepository findings) {
        this.jdbc = jdbc;
        this.versions = versions;
        this.submissions = submissions;
        this.findings = findings;
    }

    /**
     * With an idempotency key already used by this caller: the first receipt when the body is the same, a 409 when it
     * differs. The key is locked for the transaction, so a concurrent duplicate waits and then replays.
     */
    public Optional<IntakeService.Submitted> replay(String subject, String key, String hash) {
        if (key == null) {
            return Optional.empty();
        }
        if (!KEY.matcher(key).matches()) {
            throw ProblemException.badRequest("The Idempotency-Key header is not usable.", List.of(new FieldError(RuleId.IDEMPOTENCY,
                    "Idempotency-Key", "1 to 200 characters from A-Z a-z 0-9 . _ : -")));
        }
        jdbc.lock("idempotency:" + subject + ":" + key);
        return versions.byIdempotencyKey(subject, key).map(v -> {
            if (!v.bodyHash().equals(hash)) {
                throw ProblemException.conflict("The Idempotency-Key '" + key + "' was used for a different body (version "
                        + v.version() + " of submission " + v.submissionId() + "); use a new key for a new report.");
            }
            var sub = submissions.find(v.submissionId()).orElseThrow();
            return new IntakeService.Submitted(Receipts.version(sub, v, findings.of(sub.id(), v.version()),
                    findings.explanations(sub.id()), null), true);
        });
    }

    /** The body as a tree; unreadable JSON is a 400 with one V7 finding at {@code $}. */
    public static JsonNode parse(byte[] raw) {
        try {
            JsonNode root = READER.readTree(raw);
            if (root == null || root.isMissingNode()) {
                throw ProblemException.malformedJson("The body is empty.", RuleId.V7, "the report is empty");
            }
            return root;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null || e.getLocation().getLineNr() < 1 ? "" : " (line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ")";
            throw malformed("the report is not well-formed JSON" + where + ": " + JsonProblems.reason(e));
        } catch (IOException e) {
            throw malformed("the report cannot be read as JSON");
        }
    }

    private static ProblemException malformed(String message) {
        return ProblemException.malformedJson("The body is not well-formed JSON; nothing was stored.", RuleId.V7, message);
    }

    /** V8 findings mean the caller may not file for this institution at all: 403, naming only that. */
    public static void refuseIfForbidden(List<FieldError> errors) {
        List<FieldError> v8 = errors.stream().filter(e -> RuleId.V8.is(e.rule())).toList();
        if (!v8.isEmpty()) {
            throw ProblemException.forbidden("The caller may not file this report; nothing was stored.", v8);
        }
    }

    /**
     * Texts no one can store or read, found before any rule: an unpaired UTF-16 surrogate (written as an escape such as
     * \\ud800, since raw it is not UTF-8) is no Unicode text, so the body is not readable JSON text (400, V7 at its
     * path); a NUL or another control character other than tab and line breaks is text that breaks V7 (422 with the
     * other findings). PostgreSQL's jsonb refuses both, which used to surface as a 500.
     */
    public static List<FieldError> storable(JsonNode root) {
        List<JsonValues.Finding> found = JsonValues.unusable(root, "$", 50).stream()
                .filter(f -> f.kind() == UnusableValueException.Kind.TEXT).toList();
        List<FieldError> surrogates = found.stream().filter(JsonValues.Finding::surrogate)
                .map(f -> new FieldError(RuleId.V7, f.path(), f.reason() + "; texts must be Unicode (RFC 8259 section 8.2)")).toList();
        if (!surrogates.isEmpty()) {
            throw ProblemException.badRequest("The report contains " + surrogates.size() + " text(s) that are not Unicode; nothing was stored.",
                    surrogates);
        }
        return found.stream().map(f -> new FieldError(RuleId.V7, f.path(), f.reason())).toList();
    }

    /** A re-filing (version 2 and later) must say why (section 5). */
    public List<FieldError> amendmentReason(Filing filing) {
        FilingHeader h = filing == null ? null : filing.header();
        if (h == null || h.institutionCode() == null || FilingKind.of(h.reportType()) == null
                || !FilingKind.of(h.reportType()).period().matches(h.period())) {
            return List.of();
        }
        return submissions.slot(h.institutionCode(), h.reportType(), h.period()).isPresent() ? refilingReason(h) : List.of();
    }

    /** For a report that is version 2 or later of its slot: the finding when it does not say why. */
    public static List<FieldError> refilingReason(FilingHeader h) {
        if (h.amendmentReason() == null || h.amendmentReason().isBlank()) {
            return List.of(new FieldError(RuleId.V7, "$.header.amendmentReason", "a " + h.reportType() + " report for "
                    + h.period() + " was already filed; a new version needs an amendmentReason"));
        }
        return List.of();
    }

    public static String sha256(byte[] raw) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The body as received, amounts with their scale, as JSON text for the jsonb column (valid: it was validated). */
    public static String stored(byte[] raw) {
        // The column is jsonb: PostgreSQL parses the text itself and keeps numbers exactly as sent (8000.00 stays 8000.00).
        return new String(raw, java.nio.charset.StandardCharsets.UTF_8);
    }

    public static String write(JsonNode root) {
        try {
            return FilingReader.mapper().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the body cannot be written", e);
        }
    }
}
