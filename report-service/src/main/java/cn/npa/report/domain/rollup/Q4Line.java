package cn.npa.report.domain.rollup;

import cn.npa.report.domain.figures.KeyFigure;
import java.math.BigDecimal;

/** One headline amount of a parent's own filing against its children's sum; {@code exceeds} is the Q4 test. */
public record Q4Line(KeyFigure figure, BigDecimal filed, BigDecimal childrenSum, BigDecimal difference, boolean exceeds) {
}
