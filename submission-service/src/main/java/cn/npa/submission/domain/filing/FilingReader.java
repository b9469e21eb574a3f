package cn.npa.submission.domain.filing;

import cn.npa.common.problem.FieldError;
import cn.npa.common.problem.JsonProblems;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import java.util.function.Function;

/**
 * Reads a filing from a Jackson tree and reports every V1 (amount) and V7 (structure) problem at once; never throws
 * for bad input. The tree must be read with {@link DeserializationFeature#USE_BIG_DECIMAL_FOR_FLOATS}
 * (see {@link #mapper()}), or decimals arrive as binary doubles.
 */
public final class FilingReader {

    private FilingReader() {
    }

    /** Built once: a configured mapper is thread-safe, and building one per call costs more than the parse. */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    /**
     * The mapper to parse filings with: decimals as BigDecimal; duplicate object keys are a parse error (the tree
     * would silently keep the last); literal NaN/Infinity parse, so that they are reported as V1 instead of as bad JSON.
     * One shared instance: do not reconfigure it; derive an {@code ObjectReader} ({@code mapper().reader().with(...)}).
     * The domain stays framework-free, so this is not the service's (CDI) ObjectMapper.
     */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Parses and reads a document; malformed JSON is one V7 problem at {@code $}. */
    public static ReadResult read(String json) {
        try {
            return read(MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null || e.getLocation().getLineNr() < 1 ? "" : " (line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ")";
            return new ReadResult(null, List.of(new FieldError(Cursor.STRUCTURE, "$",
                    "the report is not well-formed JSON" + where + ": " + JsonProblems.reason(e))));
        }
    }

    public static ReadResult read(JsonNode root) {
        Problems problems = new Problems();
        if (root == null || !root.isObject()) {
            problems.add(Cursor.STRUCTURE, "$", "the report must be a JSON object {…}");
            return new ReadResult(null, problems.list());
        }
        return readObject(root, problems);
    }

    private static ReadResult readObject(JsonNode root, Problems problems) {
        Filing filing = Cursor.document(root, problems, doc -> {
            FilingHeader header = doc.object("header", true, FilingReader::header);
            FilingKind kind = header == null ? null : FilingKind.of(header.reportType());
            checkPeriod(header, kind, doc);
            LoanSection loans = section(doc, kind, "loans", kind == null ? null : kind.loans(),
                    c -> LoanSectionReader.read(c, kind));
            NonCreditSection nonCredit = section(doc, kind, "nonCredit", kind == null ? null : kind.nonCredit(),
                    SectionReaders::nonCredit);
            OffBalanceSheetSection obs = section(doc, kind, "offBalanceSheet", kind == null ? null : kind.offBalanceSheet(),
                    SectionReaders::offBalanceSheet);
            Narrative narrative = section(doc, kind, "narrative", kind == null ? null : kind.narrative(),
                    c -> SectionReaders.narrative(c, kind));
            return new Filing(header == null ? new FilingHeader(null, null, null, null, false) : header,
                    loans, nonCredit, obs, narrative);
        });
        return new ReadResult(filing, problems.list());
    }

    private static FilingHeader header(Cursor c) {
        String institution = c.code("institutionCode", true, 40);
        if (institution != null && !institution.matches("[A-Z0-9-]{2,40}")) {
            c.problems().add(Cursor.STRUCTURE, c.path() + ".institutionCode",
                    "institutionCode '" + institution + "' must be 2 to 40 capital letters, digits or '-' ([A-Z0-9-]{2,40})");
            institution = null;
        }
        String type = c.code("reportType", true, 60);
        if (type != null && FilingKind.of(type) == null) {
            c.problems().add(Cursor.STRUCTURE, c.path() + ".reportType",
                    "'" + type + "' is not one of " + List.of(FilingKind.values()));
        }
        String period = c.code("period", true, 20);
        String reason = c.text("amendmentReason", false, 2000);
        Boolean restatement = c.bool("restatement");
        return new FilingHeader(institution, type, period, reason, Boolean.TRUE.equals(restatement));
    }

    private static void checkPeriod(FilingHeader header, FilingKind kind, Cursor doc) {
        if (header != null && kind != null && header.period() != null && !kind.period().matches(header.period())) {
            doc.problems().add(Cursor.STRUCTURE, doc.path() + ".header.period", "a " + kind + " report is for "
                    + kind.period().example() + ", not '" + header.period() + "'");
        }
    }

    /** Reads a section as the report type wants it; an unknown type reads whatever is there. */
    private static <T> T section(Cursor doc, FilingKind kind, String field, Presence presence, Function<Cursor, T> reader) {
        if (presence == Presence.FORBIDDEN) {
            if (doc.has(field)) {
                doc.problems().add(Cursor.STRUCTURE, doc.path() + "." + field, "a " + kind + " report does not carry the "
                        + field + " section" + (kind.name().startsWith("BUREAU") ? " (bureau figures are the system's rollups)" : ""));
            }
            return null;
        }
        if (presence == Presence.REQUIRED && !doc.has(field)) {
            doc.problems().add(Cursor.STRUCTURE, doc.path() + "." + field, "a " + kind + " report must carry the " + field + " section");
            return null;
        }
        return doc.object(field, false, reader);
    }
}
