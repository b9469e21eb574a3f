package cn.npa.submission.repository;

import cn.npa.common.db.Jdbc;
import cn.npa.submission.domain.filing.Explanation;
import cn.npa.submission.domain.filing.QualityFinding;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Quality findings of each version and the filer's explanations of them; figures are kept as jsonb, by value. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class FindingRepository {

    private static final TypeReference<LinkedHashMap<String, BigDecimal>> FIGURES = new TypeReference<>() {
    };

    private final Jdbc jdbc;
    private final ObjectMapper json;

    public FindingRepository(Jdbc jdbc, ObjectMapper json) {
        this.json = json;
        this.jdbc = jdbc;
    }

    /** An explanation as stored, with who gave it and when. */
    public record StoredExplanation(Explanation explanation, String givenBy, OffsetDateTime givenAt) {
    }

    /** Adds the insert of a version's findings (one statement for all of them) to a bundle of writes. */
    public void insert(Writes writes, UUID submission, int version, List<QualityFinding> findings) {
        if (findings.isEmpty()) {
            return;
        }
        List<String> rules = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        List<String> figures = new ArrayList<>();
        for (QualityFinding f : findings) {
            rules.add(f.rule());
            paths.add(f.path());
            messages.add(f.message());
            figures.add(write(f.figures()));
        }
        writes.add("insert into quality_finding (submission_id, version, seq, rule, path, message, figures)"
                        + " select ?, ?, u.n - 1, u.r, u.p, u.m, u.f::jsonb from unnest(?::text[], ?::text[], ?::text[], ?::text[])"
                        + " with ordinality as u(r, p, m, f, n)", submission, version, new Jdbc.TextArray(rules), new Jdbc.TextArray(paths),
                new Jdbc.TextArray(messages), new Jdbc.TextArray(figures));
    }

    public List<QualityFinding> of(UUID submission, int version) {
        return jdbc.list("select rule, path, message, figures::text as figures from quality_finding"
                        + " where submission_id = ? and version = ? order by seq",
                rs -> new QualityFinding(rs.getString("rule"), rs.getString("path"), rs.getString("message"),
                        read(rs.getString("figures"))), submission, version);
    }

    /** Records (or replaces) the explanation of one finding of one version. */
    public void explain(UUID submission, int version, QualityFinding f, String text, String by, OffsetDateTime at) {
        jdbc.update("insert into explanation (submission_id, version, rule, path, figures, text, given_by, given_at)"
                        + " values (?, ?, ?, ?, ?::jsonb, ?, ?, ?) on conflict (submission_id, version, rule, path)"
                        + " do update set figures = excluded.figures, text = excluded.text, given_by = excluded.given_by,"
                        + " given_at = excluded.given_at",
                submission, version, f.rule(), f.path(), write(f.figures()), text, by, at);
    }

    /** Every explanation given for any version of a submission. */
    public List<StoredExplanation> explanations(UUID submission) {
        return jdbc.list("select version, rule, path, figures::text as figures, text, given_by, given_at from explanation"
                        + " where submission_id = ? order by version, rule, path",
                rs -> new StoredExplanation(new Explanation(rs.getString("rule"), rs.getInt("version"), rs.getString("path"),
                        read(rs.getString("figures")), rs.getString("text")), rs.getString("given_by"), Jdbc.time(rs, "given_at")),
                submission);
    }

    private String write(Map<String, BigDecimal> figures) {
        try {
            return json.writeValueAsString(figures);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("figures cannot be written", e);
        }
    }

    private Map<String, BigDecimal> read(String text) {
        try {
            return json.readValue(text, FIGURES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored figures cannot be read", e);
        }
    }
}
