package cn.npa.submission.service.intake;

import cn.npa.submission.domain.filing.Explanation;
import cn.npa.submission.domain.filing.Explanations;
import cn.npa.submission.domain.filing.KeyFigure;
import cn.npa.submission.domain.filing.QualityFinding;
import cn.npa.submission.repository.FindingRepository.StoredExplanation;
import cn.npa.submission.repository.StoredSubmission;
import cn.npa.submission.repository.StoredVersion;
import cn.npa.submission.domain.intake.Timeliness;
import cn.npa.submission.domain.intake.GivenExplanation;
import cn.npa.submission.domain.intake.ExplainedFinding;
import cn.npa.submission.domain.intake.VersionReceipt;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns stored versions, findings and explanations into the views callers see; pure, no database. */
public final class Receipts {

    public static final String ACCEPTED = "ACCEPTED";
    public static final String WITH_WARNINGS = "ACCEPTED_WITH_WARNINGS";

    private Receipts() {
    }

    /** A version as shown, with its body as a tree when {@code body} is given (null: without the body). */
    public static VersionReceipt version(StoredSubmission s, StoredVersion v, List<QualityFinding> findings,
                                         List<StoredExplanation> kept, JsonNode body) {
        List<ExplainedFinding> views = findings.stream().map(f -> finding(f, v.version(), kept)).toList();
        Timeliness deadline = v.deadlineStatus() == null ? null
                : new Timeliness(v.dueDate(), v.deadlineStatus(), v.daysLate() == null ? 0 : v.daysLate());
        return new VersionReceipt(s.id(), v.version(), s.institutionCode(), s.reportType(), s.period(), v.receivedAt(),
                currentVerdict(views), v.verdictAtReceipt(), v.majorAdjustment(), v.amendmentReason(), v.submittedBy(), deadline,
                figures(v.figures()), views, body);
    }

    /** ACCEPTED once every finding carries an explanation (its own or one carried forward). */
    public static String currentVerdict(List<ExplainedFinding> findings) {
        return findings.stream().allMatch(f -> f.explanation() != null) ? ACCEPTED : WITH_WARNINGS;
    }

    /** A finding with the explanation given for this version, else the latest earlier one with the same figures. */
    public static ExplainedFinding finding(QualityFinding f, int version, List<StoredExplanation> kept) {
        Optional<StoredExplanation> own = kept.stream()
                .filter(e -> e.explanation().version() == version && e.explanation().answers(f)).findFirst();
        GivenExplanation view = own.map(e -> view(e, false)).orElseGet(() -> {
            List<Explanation> earlier = kept.stream().map(StoredExplanation::explanation).toList();
            Explanation inherited = Explanations.carryForward(List.of(f), version, earlier).get(0).explanation();
            return inherited == null ? null : kept.stream().filter(e -> e.explanation() == inherited).findFirst()
                    .map(e -> view(e, true)).orElse(null);
        });
        return new ExplainedFinding(f.rule(), f.path(), f.message(), f.figures(), view);
    }

    public static ExplainedFinding bare(QualityFinding f) {
        return new ExplainedFinding(f.rule(), f.path(), f.message(), f.figures(), null);
    }

    private static GivenExplanation view(StoredExplanation e, boolean carried) {
        return new GivenExplanation(e.explanation().text(), e.explanation().version(), e.givenBy(), e.givenAt(), carried);
    }

    /** Key figures by their camelCase names (totalLoans, npl, nonCreditNpa, ...), in a stable order. */
    public static Map<String, BigDecimal> figures(Map<KeyFigure, BigDecimal> figures) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        for (KeyFigure f : KeyFigure.values()) {
            BigDecimal v = figures.get(f);
            if (v != null) {
                out.put(NAMES[f.ordinal()], v);
            }
        }
        return out;
    }

    /** The camelCase name of each key figure, by ordinal. */
    static final String[] NAMES = java.util.Arrays.stream(KeyFigure.values()).map(Receipts::camel).toArray(String[]::new);

    static String camel(KeyFigure f) {
        String[] parts = f.name().toLowerCase().split("_");
        StringBuilder b = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            b.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return b.toString();
    }

    /** A stored body as a tree, read with the service's mapper (exact decimals: 8000.00 stays 8000.00). */
    static JsonNode json(ObjectMapper json, String body) {
        try {
            return json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored body cannot be read", e);
        }
    }
}
