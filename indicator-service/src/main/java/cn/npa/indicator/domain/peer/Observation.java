package cn.npa.indicator.domain.peer;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Objects;

/** One unit's defined value of one indicator: the observation peer statistics are computed from. */
public record Observation(String unitCode, BigDecimal value) {

    /** Ascending by value; equal values by unit code, so the order (and so the trimming) is reproducible. */
    public static final Comparator<Observation> ASCENDING =
            Comparator.comparing(Observation::value).thenComparing(Observation::unitCode);

    public Observation {
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(value, "value");
    }
}
