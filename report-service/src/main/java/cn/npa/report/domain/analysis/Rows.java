package cn.npa.report.domain.analysis;

import cn.npa.report.domain.figures.Figures;
import cn.npa.report.domain.figures.Money;
import cn.npa.report.domain.top10.RankedRow;
import cn.npa.report.domain.top10.UnitRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Small helpers shared by the section builders: comparisons against the bases, trace lists, ranked branch rows. */
final class Rows {

    private Rows() {
    }

    /** A headline figure against the previous period and the beginning of the year; ratios get no change rate. */
    static Sections.FigureRow figure(String name, AnalysisInputs in, Function<Figures, BigDecimal> read, boolean ratio) {
        BigDecimal cur = in.current().map(read).orElse(null);
        BigDecimal prev = in.previous().map(read).orElse(null);
        BigDecimal ys = in.yearStart().map(read).orElse(null);
        return new Sections.FigureRow(name, cur, prev, minus(cur, prev), ratio ? null : rate(cur, prev), ys, minus(cur, ys),
                ratio ? null : rate(cur, ys), periods(in));
    }

    static BigDecimal minus(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? null : a.subtract(b);
    }

    /** (a - b) / b; {@code null} when either is missing or b is 0 (undefined, never 0). */
    static BigDecimal rate(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? null : Money.ratio(a.subtract(b), b);
    }

    /** The periods whose figures a comparison read: the period, and each base that has a figure. */
    static List<String> periods(AnalysisInputs in) {
        List<String> out = new ArrayList<>();
        in.current().ifPresent(f -> out.add(in.period()));
        in.previous().ifPresent(f -> out.add(in.previousPeriod()));
        if (in.yearStart().isPresent() && !in.yearStartPeriod().equals(in.previousPeriod())) {
            out.add(in.yearStartPeriod());
        }
        return out.isEmpty() ? List.of(in.period()) : List.copyOf(out);
    }

    /** Ranked grade-one branch rows with the value ranked and the filings each sums. */
    static List<Sections.BranchRow> branches(List<RankedRow<UnitRow>> rows, AnalysisInputs in) {
        return rows.stream().map(r -> new Sections.BranchRow(r.rank(), r.key(), in.names().get(r.key()), r.value(),
                r.row().totalLoans(), r.row().npl(), r.row().nplRatio(), in.unitsOfRow().getOrDefault(r.key(), List.of()))).toList();
    }

    static List<Sections.Amount> amounts(Map<?, BigDecimal> values, List<String> trace) {
        return values.entrySet().stream().map(e -> new Sections.Amount(e.getKey().toString(), e.getValue(), trace)).toList();
    }
}
