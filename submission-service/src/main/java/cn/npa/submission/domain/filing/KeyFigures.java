package cn.npa.submission.domain.filing;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The key figures of one filed report with its type and period: everything the quality rules (Q1-Q3, Q5, Q6) and the
 * major-adjustment test compare with, so a stored report is compared by its stored figures, without reading its body.
 */
public record KeyFigures(String reportType, String period, Map<KeyFigure, BigDecimal> values) {

    public KeyFigures {
        values = values.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(values));
    }

    /** The figures of a filing; null for no filing. */
    public static KeyFigures of(Filing filing) {
        if (filing == null) {
            return null;
        }
        Map<KeyFigure, BigDecimal> values = new EnumMap<>(KeyFigure.class);
        for (KeyFigure f : KeyFigure.values()) {
            BigDecimal v = f.of(filing);
            if (v != null) {
                values.put(f, v);
            }
        }
        return new KeyFigures(filing.header().reportType(), filing.header().period(), values);
    }

    /** One figure of possibly no report: null when there is no report or it does not carry the figure. */
    public static BigDecimal get(KeyFigures figures, KeyFigure figure) {
        return figures == null ? null : figures.values.get(figure);
    }
}
