package cn.npa.submission.domain.filing;

import cn.npa.common.problem.FieldError;
import cn.npa.common.problem.RuleId;
import java.util.ArrayList;
import java.util.List;

/**
 * The validity rules that block acceptance (domain section 4) over a filing as read: V2, V3, V4, V6, client
 * coverage (V7), and V5/V8 through the {@link FilerCheck} hook. V1 and structural V7 are the reader's.
 */
public final class FilingValidator {

    private FilingValidator() {
    }

    public static List<FieldError> validate(Filing filing, FilerCheck filer) {
        Problems problems = new Problems();
        if (filing.loans() != null) {
            LoanChecks.check(filing.loans(), problems);
            futureVintages(filing, problems);
            ClientChecks.check(filing.loans(), problems);
        }
        if (filing.nonCredit() != null) {
            SectionChecks.nonCredit(filing.nonCredit(), problems);
        }
        if (filing.offBalanceSheet() != null) {
            SectionChecks.offBalanceSheet(filing.offBalanceSheet(), problems);
        }
        List<FieldError> all = new ArrayList<>(problems.list());
        if (headerComplete(filing.header())) {
            all.addAll(filer.check(filing.header()));
        }
        return all;
    }

    /** Reader and validator together: everything wrong with a document, or nothing. */
    public static ReadResult readAndValidate(com.fasterxml.jackson.databind.JsonNode document, FilerCheck filer) {
        ReadResult read = FilingReader.read(document);
        if (read.filing() == null) {
            return read;
        }
        List<FieldError> all = new ArrayList<>(read.errors());
        all.addAll(validate(read.filing(), filer));
        return new ReadResult(read.filing(), all);
    }

    /** The same for a JSON text, parsed with {@link FilingReader#mapper()}. */
    public static ReadResult readAndValidate(String json, FilerCheck filer) {
        try {
            return readAndValidate(FilingReader.mapper().readTree(json), filer);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return FilingReader.read(json);
        }
    }

    /** V7: a loan cannot have been made after the period it is reported for. */
    private static void futureVintages(Filing filing, Problems problems) {
        String period = filing.header().period();
        List<VintageLine> vintages = filing.loans().vintages();
        if (vintages == null || period == null || !period.matches("[0-9]{4}.*")) {
            return;
        }
        int year = Integer.parseInt(period.substring(0, 4));
        for (int i = 0; i < vintages.size(); i++) {
            Integer v = vintages.get(i).year();
            if (v != null && v > year) {
                problems.add(RuleId.V7, "$.loans.vintages[" + i + "].year", "origination year " + v + " is after the period " + period);
            }
        }
    }

    private static boolean headerComplete(FilingHeader h) {
        FilingKind kind = FilingKind.of(h.reportType());
        return h.institutionCode() != null && kind != null && kind.period().matches(h.period());
    }
}
