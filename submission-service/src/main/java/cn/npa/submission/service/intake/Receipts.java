package cn.npa.submission.service.intake;

import cn.npa.submission.domain.filing.Explanation;
import cn.npa.submission.domain.filing.Explanations;
import cn.npa.submission.domain.filing.KeyFigure;
import cn.npa.submission.domain.filing.QualityFinding;
import cn.npa.submission.repository.FindingRepository.StoredExplanation;
import cn.npa.submission.repository.StoredSubmission;
import cn.npa.submission.repository.StoredVersion;
import cn.npa.submission.service.intake.Views.DeadlineView;
import cn.npa.submission.service.intake.Views.ExplanationView;
import cn.npa.submission.service.intake.Views.FindingView;
import cn.npa.submission.service.intake.Views.VersionView;
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
    public static VersionView version(StoredSubmission s, StoredVersion v, List<QualityFinding> findings,
                                      List<StoredExplanation> kept, JsonNode body) {
        List<FindingView> views = findings.stream().map(f -> finding(f, v.version(), kept)).toList();
        DeadlineView deadline = v.deadlineStatus() == null ? null
                : new DeadlineView(v.dueDate(), v.deadlineStatus(), v.daysLate() == null ? 0 : v.daysLate());
        return new VersionView(s.id(), v.version(), s.institutionCode(), s.reportType(), s.period(), v.receivedAt(),
                currentVerdict(views), v.verdictAtReceipt(), v.majorAdjustment(), v.amendmentReason(), v.submittedBy(), deadline,
                figures(v.figures()), views, body);
    }

    /** ACCEPTED once every finding carries an explanation (its own or one carried forward). */
    public static String currentVerdict(List<FindingView> findings) {
        return findings.stream().allMatch(f -> f.explanation() != null) ? ACCEPTED : WITH_WARNINGS;
    }

    /** A finding with the explanation given for this version, else the latest earlier one with the same figures. */
    public static FindingView finding(QualityFinding f, int version, List<StoredExplanation> kept) {
        Optional<StoredExplanation> own = kept.stream()
                .filter(e -> e.explanation().version() == version && e.explanation().answers(f)).findFirst();
        ExplanationView view = own.map(e -> view(e, false)).orElseGet(() -> {
            List<Explanation> earlier = kept.stream().map(StoredExplanation::explanation).toList();
            Explanation inherited = Explanations.carryForward(List.of(f), version, earlier).get(0).explanation();
            return inherited == null ? null : kept.stream().filter(e -> e.explanation() == inherited).findFirst()
                    .map(e -> view(e, true)).orElse(null);
        });
        return new FindingView(f.rule(), f.path(), f.message(), f.figures(), view);
    }

    public static FindingView bare(QualityFinding f) {
        return new FindingView(f.rule(), f.path(), f.message(), f.figures(), null);
    }

    private static ExplanationView view(StoredExplanation e, boolean carried) {
        return new ExplanationView(e.explanation().text(), e.explanation().version(), e.givenBy(), e.givenAt(), carried);
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
