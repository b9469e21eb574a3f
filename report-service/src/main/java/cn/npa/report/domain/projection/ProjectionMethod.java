package cn.npa.report.domain.projection;

import java.util.List;

/**
 * A named way of projecting a figure's next value from its history (R5). The method in use is a choice that can be
 * named and swapped (Strata's style of named statistical methods); every projection says which one made it.
 */
public interface ProjectionMethod {

    /** A stable identifier of the method, written into every projection (e.g. {@code LINEAR_TREND_OLS}). */
    String name();

    /** The method in words, for the report's reader. */
    String description();

    /**
     * The projection of the value at {@code nextStep} from the history (in any order, one observation per step).
     */
    Projection project(List<Observation> history, long nextStep, Quantity quantity);
}
