package cn.npa.report.domain.analysis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An analysis document (R4) as JSON readers see it, schema {@link #SCHEMA}. {@code notice} comes first: a provisional
 * document says so there, with its coverage. Everything in it is a function of {@code inputs} (R6): the submission
 * versions read and the register copy of the period end; rebuilding from the same inputs gives the same document, so
 * it carries no build time. Sections follow Art. 8 (1)-(6); a quarterly document adds Art. 9 and 10.
 */
public record AnalysisDocument(String notice, String schema, ReportKind kind, Subject node, String period,
                               String previousPeriod, String yearStartPeriod, boolean provisional, CoverageSummary coverage,
                               Inputs inputs, Sections.BasicFigures basicFigures, Sections.TopLists topLists,
                               Sections.Reductions reductions, Sections.Vintages vintages, Sections.Causes causes,
                               Sections.Projections projection, Sections.Opinions measuresAndOpinions,
                               List<Sections.MajorAdjustment> majorAdjustments, Sections.NonCredit nonCredit,
                               Sections.OffBalanceSheet offBalanceSheet) {

    /** The JSON schema version of this document; a change of shape gets a new one. */
    public static final String SCHEMA = "npa-analysis/1";

    /** The node the document is about. */
    public record Subject(String code, String name, String kind) {
    }

    /** How complete the figures are (R1): units expected and filed, the filed units' share of last period's loans. */
    public record CoverageSummary(int expectedUnits, int filedUnits, BigDecimal unitShare, BigDecimal loanShare,
                                  List<Missing> missing) {
    }

    /** An expected filer still missing, with its level and obligation status. */
    public record Missing(String code, String name, String level, String status) {
    }

    /**
     * What the document was built from (R6): the register copy of the period end and every submission version read.
     * A {@code trace} entry elsewhere is either a period ({@code 2026-10}: every version used for that period) or one
     * version's ref.
     */
    public record Inputs(LocalDate registerDate, long registerVersion, boolean registerStale, String basis,
                         List<String> periodsRead, List<InputVersion> versions) {
    }
}
