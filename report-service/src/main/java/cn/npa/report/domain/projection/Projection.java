package cn.npa.report.domain.projection;

import java.math.BigDecimal;
import java.util.List;

/**
 * A trend projection of next period's value (R5, Art. 8(6), 9(5), 10(4)): the method used, the point forecast and its
 * prediction interval at {@code confidence}, and the observations it was computed from; or, with too little history,
 * {@code status = INSUFFICIENT_HISTORY} and no numbers at all (the projection says so instead of guessing).
 */
public record Projection(Status status, String method, String methodDescription, Quantity quantity, long nextStep,
                         BigDecimal value, BigDecimal lower, BigDecimal upper, BigDecimal confidence,
                         List<Observation> used, String note) {

    /** Whether a forecast was made. */
    public enum Status {
        PROJECTED,
        INSUFFICIENT_HISTORY
    }

    public Projection {
        used = List.copyOf(used);
    }

    /** The answer when the history is too short for the method. */
    public static Projection insufficient(ProjectionMethod method, Quantity quantity, long nextStep, List<Observation> history,
                                          int needed) {
        return new Projection(Status.INSUFFICIENT_HISTORY, method.name(), method.description(), quantity, nextStep, null, null,
                null, null, history, "insufficient history: " + history.size() + " periods, at least " + needed + " needed");
    }

    /** Whether {@code actual} lies within the prediction interval (bounds included). */
    public boolean covers(BigDecimal actual) {
        return status == Status.PROJECTED && lower.compareTo(actual) <= 0 && upper.compareTo(actual) >= 0;
    }
}
