package cn.npa.indicator.service;

import cn.npa.common.problem.FieldError;
import cn.npa.common.problem.ProblemException;
import cn.npa.common.problem.RuleId;
import cn.npa.indicator.domain.figures.Period;
import java.util.List;

/** Reading request parameters the services share: periods, and names of enum values. */
public final class Params {

    private Params() {
    }

    /** A period in its canonical form (2026-10, 2026-Q3, 2026), else a 400 naming the parameter. */
    public static Period period(String text, String name) {
        if (text == null || text.isBlank()) {
            throw ProblemException.badRequest("The period is missing.", List.of(new FieldError(RuleId.PERIOD, name, "a period is required")));
        }
        try {
            Period p = Period.parse(text);
            if (p.toString().equals(text) && p.year() >= 1990) {
                return p;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw ProblemException.badRequest("The period cannot be read.", List.of(new FieldError(RuleId.PERIOD, name,
                "not a period: write 2026-10 (month), 2026-Q3 (quarter) or 2026 (year)")));
    }

    /** An enum value by name, null when absent, else a 400 naming the parameter and the allowed values. */
    public static <E extends Enum<E>> E value(Class<E> type, String text, String name) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("A parameter has an unknown value.", List.of(new FieldError(RuleId.PARAM, name,
                    name + " must be one of " + java.util.Arrays.toString(type.getEnumConstants()))));
        }
    }
}
