package cn.npa.submission.rest;

import cn.npa.common.problem.FieldError;
import cn.npa.common.problem.ProblemException;
import cn.npa.common.problem.RuleId;
import cn.npa.submission.domain.period.ReportPeriod;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Reads typed query parameters ourselves, so a bad value is a 400 naming the parameter (JAX-RS would answer 404). */
final class QueryParams {

    private QueryParams() {
    }

    static LocalDate date(String value, String name, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw ProblemException.badRequest("Parameter " + name + " is required.",
                        List.of(new FieldError(RuleId.PARAM, name, name + " is required (YYYY-MM-DD)")));
            }
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("Parameter " + name + " is not a date.",
                    List.of(new FieldError(RuleId.PARAM, name, "'" + value + "' is not a date (YYYY-MM-DD)")));
        }
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value.strip())) {
                return e;
            }
        }
        throw ProblemException.badRequest("Parameter " + name + " has an unknown value.",
                List.of(new FieldError(RuleId.PARAM, name, "'" + value + "' is not one of " + List.of(type.getEnumConstants()))));
    }

    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * A period filter: a month (2026-10), quarter (2026-Q3), year (2026) or, for MAJOR_CHANGE reports, a date; null when
     * absent. An impossible value (2026-13, garbage) is a 400, not an empty page.
     */
    static String period(String value, String name) {
        String text = text(value);
        if (text == null) {
            return null;
        }
        try {
            return ReportPeriod.parse(text).toString();
        } catch (IllegalArgumentException notAPeriod) {
            try {
                return LocalDate.parse(text).toString();
            } catch (DateTimeParseException notADate) {
                throw ProblemException.badRequest("Parameter " + name + " is not a period.", List.of(new FieldError(RuleId.PERIOD, name,
                        notAPeriod.getMessage() + " (or a date YYYY-MM-DD for a MAJOR_CHANGE)")));
            }
        }
    }

    static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw ProblemException.badRequest("Parameter " + name + " is required.",
                    List.of(new FieldError(RuleId.PARAM, name, name + " is required")));
        }
        return value.strip();
    }
}
