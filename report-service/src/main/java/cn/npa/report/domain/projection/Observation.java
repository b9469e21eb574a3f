package cn.npa.report.domain.projection;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One point of a figure's history: the period it belongs to, its position on the time axis ({@code step}: consecutive
 * periods have consecutive steps, so a gap in the history stays a gap) and the exact value (a balance or a ratio).
 */
public record Observation(String period, long step, BigDecimal value) {

    public Observation {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(value, "value");
    }
}
