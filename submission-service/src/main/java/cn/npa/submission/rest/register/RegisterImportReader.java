package cn.npa.submission.rest.register;

import cn.npa.common.problem.FieldError;
import cn.npa.common.problem.RuleId;
import cn.npa.submission.domain.register.ImportRow;
import cn.npa.submission.domain.register.InstitutionDraft;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.databind.MappingIterator;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a register import as a stream, JSON array or CSV with a header line, into rows of text fields.
 * Every row is read even when earlier rows are bad, so that the answer can name every problem.
 */
public final class RegisterImportReader {

    static final Set<String> FIELDS = Set.of("code", "name", "kind", "parentCode", "supervisorCode", "regionCode",
            "peerGroup", "validFrom", "validTo");
    private static final ObjectMapper JSON = new ObjectMapper(new JsonFactory());
    private static final CsvMapper CSV = new CsvMapper();

    private RegisterImportReader() {
    }

    /** What was read: the rows, and the problems found while reading (unknown fields, non-text values, bad syntax). */
    public record Result(List<ImportRow> rows, List<FieldError> errors) {
    }

    public static Result json(InputStream body) throws IOException {
        List<ImportRow> rows = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        try (JsonParser parser = JSON.getFactory().createParser(body)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                errors.add(new FieldError(RuleId.JSON, "$", "the body must be a JSON array of institutions"));
                return new Result(rows, errors);
            }
            int row = 0;
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                row++;
                ObjectNode node = JSON.readTree(parser);
                rows.add(new ImportRow(row, fromJson(node, "rows[" + row + "]", errors)));
            }
            if (parser.currentToken() != JsonToken.END_ARRAY) {
                errors.add(new FieldError(RuleId.JSON, "rows[" + (row + 1) + "]", "every element must be a JSON object"));
            }
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            errors.add(new FieldError(RuleId.JSON, "$", "the body is not valid JSON" + where));
        }
        return new Result(rows, errors);
    }

    public static Result csv(InputStream body) throws IOException {
        List<ImportRow> rows = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        try (MappingIterator<Map<String, String>> it = CSV.readerFor(Map.class).with(schema)
                .with(CsvParser.Feature.FAIL_ON_MISSING_HEADER_COLUMNS).readValues(body)) {
            List<String> header = headerOf(it);
            for (String column : header) {
                if (!FIELDS.contains(column)) {
                    errors.add(new FieldError(RuleId.REG_FIELD, "header." + column, "unknown column '" + column + "'; columns are " + FIELDS));
                }
            }
            if (!header.contains("code")) {
                errors.add(new FieldError(RuleId.REG_FIELD, "header", "the header line must name the columns, e.g. " + datagenHeader()));
                return new Result(rows, errors);
            }
            int row = 0;
            while (true) {
                Map<String, String> values;
                try {
                    if (!it.hasNextValue()) {
                        break;
                    }
                    values = it.nextValue();
                } catch (RuntimeException | IOException e) {
                    errors.add(new FieldError(RuleId.CSV, "rows[" + (row + 1) + "]", "the line cannot be read as CSV (wrong column count or quoting)"));
                    break;
                }
                row++;
                rows.add(new ImportRow(row, fromMap(values)));
            }
        }
        return new Result(rows, errors);
    }

    private static List<String> headerOf(MappingIterator<Map<String, String>> it) {
        if (!it.hasNext()) {
            return List.of();
        }
        CsvSchema read = (CsvSchema) it.getParser().getSchema();
        List<String> names = new ArrayList<>();
        read.forEach(c -> names.add(c.getName()));
        return names;
    }

    private static String datagenHeader() {
        return "code,name,kind,parentCode,supervisorCode,regionCode,peerGroup,validFrom,validTo";
    }

    private static InstitutionDraft fromJson(ObjectNode node, String path, List<FieldError> errors) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                errors.add(new FieldError(RuleId.REG_FIELD, path + "." + name, "unknown field '" + name + "'"));
            }
        }
        return new InstitutionDraft(text(node, "code", path, errors), text(node, "name", path, errors), text(node, "kind", path, errors),
                text(node, "parentCode", path, errors), text(node, "supervisorCode", path, errors), text(node, "regionCode", path, errors),
                text(node, "peerGroup", path, errors), text(node, "validFrom", path, errors), text(node, "validTo", path, errors));
    }

    private static String text(ObjectNode node, String field, String path, List<FieldError> errors) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            errors.add(new FieldError(RuleId.REG_FIELD, path + "." + field, field + " must be a string"));
            return null;
        }
        return v.textValue();
    }

    private static InstitutionDraft fromMap(Map<String, String> m) {
        return new InstitutionDraft(m.get("code"), m.get("name"), m.get("kind"), m.get("parentCode"), m.get("supervisorCode"),
                m.get("regionCode"), m.get("peerGroup"), m.get("validFrom"), m.get("validTo"));
    }
}
