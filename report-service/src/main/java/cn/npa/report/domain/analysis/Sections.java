package cn.npa.report.domain.analysis;

import cn.npa.report.domain.projection.Projection;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The sections of an analysis document (Art. 8 (1)-(6), 9, 10), each row carrying its figures and its trace (R6). */
public final class Sections {

    private Sections() {
    }

    /** A headline figure against the previous period and the beginning of the year. */
    public record FigureRow(String figure, BigDecimal current, BigDecimal previous, BigDecimal changeVsPrevious,
                            BigDecimal changeRateVsPrevious, BigDecimal yearStart, BigDecimal changeVsYearStart,
                            BigDecimal changeRateVsYearStart, List<String> trace) {
    }

    /** A breakdown line (region, industry) with its NPL against the comparison bases. */
    public record BreakdownRow(String key, BigDecimal total, BigDecimal npl, BigDecimal nplRatio, BigDecimal previousNpl,
                               BigDecimal yearStartNpl, BigDecimal previousNplRatio, BigDecimal yearStartNplRatio,
                               List<String> trace) {
    }

    /** A change highlighted as major, with the rule that made it so. */
    public record MajorChange(String scope, String key, String figure, String comparedWith, BigDecimal base,
                              BigDecimal current, BigDecimal change, String reason, List<String> trace) {
    }

    /** Art. 8(1). */
    public record BasicFigures(List<FigureRow> figures, List<BreakdownRow> byRegion, List<BreakdownRow> byIndustry,
                               String majorChangeRule, List<MajorChange> majorChanges) {
    }

    /** A ranked branch row. */
    public record BranchRow(int rank, String code, String name, BigDecimal value, BigDecimal totalLoans, BigDecimal npl,
                            BigDecimal nplRatio, List<String> trace) {
    }

    /** A ranked client row; {@code trace} names the filings that report the client. */
    public record ClientRow(int rank, String clientId, String name, String groupId, BigDecimal loanBalance,
                            BigDecimal nplBalance, List<String> trace) {
    }

    /** Art. 8(2): top-N grade-one branches and clients (ties at the cut-off included). */
    public record TopLists(int n, List<BranchRow> branchesByNpl, List<BranchRow> branchesByNplRatio,
                           List<ClientRow> clientsByLoan, List<ClientRow> clientsByNpl) {
    }

    /** One amount with its trace. */
    public record Amount(String key, BigDecimal amount, List<String> trace) {
    }

    /** Art. 8(3): NPL inflow, reductions (cash collection, write-off, debt-asset swap ...) and the disposal methods. */
    public record Reductions(BigDecimal newNpl, BigDecimal totalReductions, List<Amount> byKind,
                             List<Amount> byDisposalMethod, List<String> trace) {
    }

    /** Art. 8(4): loan quality per origination year, and this year's new loans. */
    public record Vintages(List<BreakdownRow> byYear, BreakdownRow thisYear) {
    }

    /** A typical case told by a filer. */
    public record TypicalCase(String institutionCode, String title, BigDecimal amount, String cause, String text,
                              List<String> trace) {
    }

    /** A filer's cause analysis text. */
    public record FilerText(String institutionCode, String name, String text, List<String> trace) {
    }

    /** Art. 8(5): causes of new NPL, external and internal, with the filers' cases and analyses. */
    public record Causes(List<Amount> external, BigDecimal externalTotal, List<Amount> internal, BigDecimal internalTotal,
                         List<Amount> other, List<TypicalCase> typicalCases, List<FilerText> analyses) {
    }

    /** A filer's own projection (narrative.trendProjection). */
    public record FilerProjection(String institutionCode, BigDecimal projectedNplRatio, String text, List<String> trace) {
    }

    /** Art. 8(6), 9(5), 10(4): the system's projections (R5) of each figure, and the filers' own. */
    public record Projections(String nextPeriod, Map<String, Projection> figures, List<FilerProjection> filers) {
    }

    /** Art. 8(6): the filers' measures and opinions, and a bureau's own evaluation where it filed one. */
    public record Opinions(List<FilerText> measures, List<FilerText> evaluations) {
    }

    /** §5, Art. 17: an amendment that moved NPL or non-credit NPA by more than 5%. */
    public record MajorAdjustment(String institutionCode, String reportType, String period, int replacedVersion,
                                  int version, String figure, BigDecimal before, BigDecimal after, BigDecimal change,
                                  BigDecimal changeRate, String reason, List<String> trace) {
    }

    /** Art. 9: non-credit assets. */
    public record NonCredit(List<FigureRow> figures, List<CategoryRow> byCategory, BigDecimal disposedInPeriod,
                            BigDecimal newInPeriod, List<BranchRow> branchesByNpa, List<BranchRow> branchesByEstimatedLoss) {
    }

    /** A non-credit category line. */
    public record CategoryRow(String category, BigDecimal assets, BigDecimal npa, BigDecimal estimatedLoss,
                              BigDecimal previousNpa, List<String> trace) {
    }

    /** Art. 10: off-balance-sheet business. */
    public record OffBalanceSheet(List<FigureRow> figures, List<BusinessTypeRow> byBusinessType, List<String> risingAdvances,
                                  List<BranchRow> branchesByGrowth, List<BranchRow> branchesByAdvances) {
    }

    /** A business type line; {@code advancesRising} when advances grew against the previous period. */
    public record BusinessTypeRow(String businessType, BigDecimal outstanding, BigDecimal advances, BigDecimal newAdvances,
                                  BigDecimal previousAdvances, boolean advancesRising, List<String> trace) {
    }
}
