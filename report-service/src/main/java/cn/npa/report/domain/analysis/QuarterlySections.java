package cn.npa.report.domain.analysis;

import cn.npa.report.domain.figures.Figures;
import cn.npa.report.domain.figures.NonCreditAmounts;
import cn.npa.report.domain.figures.NonCreditCategory;
import cn.npa.report.domain.figures.NonCreditFigures;
import cn.npa.report.domain.figures.ObsAmounts;
import cn.npa.report.domain.figures.ObsBusinessType;
import cn.npa.report.domain.figures.ObsFigures;
import cn.npa.report.domain.top10.ObsGrowthRow;
import cn.npa.report.domain.top10.RankedRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The non-credit (Art. 9) and off-balance-sheet (Art. 10) parts of the quarterly NPA analysis. */
final class QuarterlySections {

    private QuarterlySections() {
    }

    /** Art. 9: balances, NPA, estimated losses and their changes, the categories, disposal and new NPA, top-N branches. */
    static Sections.NonCredit nonCredit(AnalysisInputs in) {
        List<Sections.FigureRow> figures = List.of(
                Rows.figure("NON_CREDIT_ASSETS", in, f -> total(f, NonCreditAmounts::assets), false),
                Rows.figure("NON_CREDIT_NPA", in, f -> total(f, NonCreditAmounts::npa), false),
                Rows.figure("NON_CREDIT_ESTIMATED_LOSS", in, f -> total(f, NonCreditAmounts::estimatedLoss), false),
                Rows.figure("NON_CREDIT_NPA_RATIO", in, f -> total(f, NonCreditAmounts::npaRatio), true),
                Rows.figure("ESTIMATED_LOSS_RATIO", in, f -> total(f, NonCreditAmounts::estimatedLossRatio), true));
        Map<NonCreditCategory, NonCreditAmounts> cur = in.current().flatMap(Figures::nonCredit).map(NonCreditFigures::byCategory).orElse(Map.of());
        Map<NonCreditCategory, NonCreditAmounts> prev = in.previous().flatMap(Figures::nonCredit).map(NonCreditFigures::byCategory).orElse(Map.of());
        List<Sections.CategoryRow> categories = new ArrayList<>();
        cur.forEach((c, a) -> categories.add(new Sections.CategoryRow(c.name(), a.assets(), a.npa(), a.estimatedLoss(),
                prev.containsKey(c) ? prev.get(c).npa() : null, Rows.periods(in))));
        NonCreditFigures nc = in.current().flatMap(Figures::nonCredit).orElse(null);
        return new Sections.NonCredit(figures, categories, nc == null ? null : nc.disposedInPeriod(), nc == null ? null : nc.newInPeriod(),
                Rows.branches(in.top().branchesByNonCreditNpa(), in), Rows.branches(in.top().branchesByEstimatedLoss(), in));
    }

    private static BigDecimal total(Figures f, java.util.function.Function<NonCreditAmounts, BigDecimal> read) {
        return f.nonCredit().map(n -> read.apply(n.total())).orElse(null);
    }

    /** Art. 10: balances and advances by business type, rising advances highlighted, top-N by growth and advances. */
    static Sections.OffBalanceSheet offBalanceSheet(AnalysisInputs in) {
        List<Sections.FigureRow> figures = List.of(
                Rows.figure("OBS_OUTSTANDING", in, f -> f.offBalanceSheet().map(o -> o.totals().outstanding()).orElse(null), false),
                Rows.figure("OBS_ADVANCES", in, f -> f.offBalanceSheet().map(o -> o.totals().advances()).orElse(null), false),
                Rows.figure("OBS_NEW_ADVANCES", in, f -> f.offBalanceSheet().map(o -> o.totals().newAdvances()).orElse(null), false),
                Rows.figure("OBS_ADVANCES_RATIO", in, f -> f.offBalanceSheet().map(o -> o.totals().advancesRatio()).orElse(null), true));
        Map<ObsBusinessType, ObsAmounts> cur = in.current().flatMap(Figures::offBalanceSheet).map(ObsFigures::byBusinessType).orElse(Map.of());
        Map<ObsBusinessType, ObsAmounts> prev = in.previous().flatMap(Figures::offBalanceSheet).map(ObsFigures::byBusinessType).orElse(Map.of());
        List<Sections.BusinessTypeRow> types = new ArrayList<>();
        List<String> rising = new ArrayList<>();
        cur.forEach((t, a) -> {
            BigDecimal before = prev.containsKey(t) ? prev.get(t).advances() : null;
            boolean up = before != null && a.advances().compareTo(before) > 0;
            if (up) {
                rising.add(t.name());
            }
            types.add(new Sections.BusinessTypeRow(t.name(), a.outstanding(), a.advances(), a.newAdvances(), before, up, Rows.periods(in)));
        });
        return new Sections.OffBalanceSheet(figures, types, rising, growth(in.top().branchesByObsGrowth(), in),
                Rows.branches(in.top().branchesByAdvances(), in));
    }

    private static List<Sections.BranchRow> growth(List<RankedRow<ObsGrowthRow>> rows, AnalysisInputs in) {
        return rows.stream().map(r -> new Sections.BranchRow(r.rank(), r.key(), in.names().get(r.key()), r.value(),
                r.row().figures().totalLoans(), r.row().figures().npl(), r.row().figures().nplRatio(),
                in.unitsOfRow().getOrDefault(r.key(), List.of()))).toList();
    }
}
