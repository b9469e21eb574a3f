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
