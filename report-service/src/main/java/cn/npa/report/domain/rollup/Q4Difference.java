package cn.npa.report.domain.rollup;

import cn.npa.report.domain.figures.Figures;
import cn.npa.report.domain.figures.KeyFigure;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A filing parent against the sum of its children's figures (Q4): own minus children, per headline amount both carry.
 * The children are the reference: a difference exceeds when |own - sum| > 0.1% of the sum, and any non-zero own
 * amount exceeds when the children sum to 0 (the same test as the submission service's Q4).
 */
public record Q4Difference(List<Q4Line> lines) {

    private static final BigDecimal TOLERANCE = new BigDecimal("0.001");

    public Q4Difference {
        lines = List.copyOf(lines);
    }

    /**
     * The difference against the children's figures, summing only the headline amounts each carries: a filing parent's
     * figure is its own filing, so the children's full sum (every breakdown) is never needed for it.
     */
    public static Q4Difference between(Figures own, List<Figures> children) {
        List<Q4Line> lines = new ArrayList<>();
        for (KeyFigure k : KeyFigure.values()) {
            Optional<BigDecimal> filed = k.of(own);
            if (filed.isEmpty()) {
                continue;
            }
            BigDecimal sum = null;
            for (Figures child : children) {
                Optional<BigDecimal> v = k.of(child);
                if (v.isPresent()) {
                    sum = sum == null ? v.get() : sum.add(v.get());
                }
            }
            if (sum != null) {
                lines.add(line(k, filed.get(), sum));
            }
        }
        return new Q4Difference(lines);
    }

    private static Q4Line line(KeyFigure k, BigDecimal filed, BigDecimal sum) {
        BigDecimal difference = filed.subtract(sum);
        return new Q4Line(k, filed, sum, difference, difference.abs().compareTo(sum.multiply(TOLERANCE)) > 0);
    }

    public static Q4Difference between(Figures own, Figures childrenSum) {
        List<Q4Line> lines = new ArrayList<>();
        for (KeyFigure k : KeyFigure.values()) {
            Optional<BigDecimal> filed = k.of(own);
            Optional<BigDecimal> sum = k.of(childrenSum);
            if (filed.isPresent() && sum.isPresent()) {
                BigDecimal difference = filed.get().subtract(sum.get());
                boolean exceeds = difference.abs().compareTo(sum.get().multiply(TOLERANCE)) > 0;
                lines.add(new Q4Line(k, filed.get(), sum.get(), difference, exceeds));
            }
        }
        return new Q4Difference(lines);
    }

    /** True when any headline amount differs by more than the tolerance. */
    public boolean exceeds() {
        return lines.stream().anyMatch(Q4Line::exceeds);
    }

    public Optional<Q4Line> line(KeyFigure figure) {
        return lines.stream().filter(l -> l.figure() == figure).findFirst();
    }
}
