package cn.npa.submission.domain.filing;

import cn.npa.common.problem.RuleId;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * V1: turns a JSON value into an amount in yuan (finite, >= 0, at most 2 fraction digits, below 10^16), or says why not.
 * Magnitude is judged from precision and scale before anything scales the number, so 1e999999999 costs nothing.
 */
final class Amounts {

    static final RuleId RULE = RuleId.V1;
    private static final int MAX_INTEGER_DIGITS = 16;

    private Amounts() {
    }

    /** The amount with scale 2, or {@code null} after adding a V1 problem to {@code errors}. */
    static BigDecimal read(JsonNode value, String path, Problems problems) {
        BigDecimal raw = number(value, path, problems);
        if (raw == null) {
            return null;
        }
        String problem = problemWith(raw);
        if (problem != null) {
            problems.add(RULE, path, problem);
            return null;
        }
        return normalise(raw);
    }

    /** A fraction between 0 and 1 with at most 6 decimals (the projected NPL ratio). */
    static BigDecimal ratio(JsonNode value, String path, Problems problems) {
        BigDecimal raw = number(value, path, problems);
        if (raw == null) {
            return null;
        }
        if (raw.signum() < 0 || raw.compareTo(BigDecimal.ONE) > 0) {
            problems.add(RULE, path, "must be a fraction between 0 and 1 (0.0185 means 1.85%), not " + shortText(raw));
            return null;
        }
        if (raw.signum() != 0 && raw.scale() > 6 && raw.stripTrailingZeros().scale() > 6) {
            problems.add(RULE, path, "may have at most 6 decimal places");
            return null;
        }
        return raw.signum() == 0 ? BigDecimal.ZERO : raw.stripTrailingZeros();
    }

    /** Why a decimal is no valid amount, or {@code null} when it is one. */
    static String problemWith(BigDecimal raw) {
        if (raw.signum() < 0) {
            return "must not be negative (amounts are balances in yuan), got " + shortText(raw);
        }
        if (raw.signum() == 0) {
            return null;
        }
        long integerDigits = (long) raw.precision() - raw.scale();
        if (integerDigits > MAX_INTEGER_DIGITS) {
            return "is too large: amounts must be below 10^16 yuan";
        }
        if (raw.scale() > 2 && raw.stripTrailingZeros().scale() > 2) {
            return "has more than 2 decimal places: amounts are in yuan to the fen (e.g. 1234.56)";
        }
        return null;
    }

    static BigDecimal normalise(BigDecimal valid) {
        if (valid.signum() == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return valid.stripTrailingZeros().setScale(2, RoundingMode.UNNECESSARY);
    }

    /** Any finite JSON number as a decimal; strings, booleans, NaN and Infinity are V1 problems. */
    private static BigDecimal number(JsonNode value, String path, Problems problems) {
        if (value.isTextual()) {
            problems.add(RULE, path, "must be a number written without quotes, not the text \"" + clip(value.textValue()) + "\"");
            return null;
        }
        if (!value.isNumber()) {
            problems.add(RULE, path, "must be a number, not " + Cursor.kindOf(value));
            return null;
        }
        if ((value.isDouble() || value.isFloat()) && !Double.isFinite(value.doubleValue())) {
            problems.add(RULE, path, "must be a finite number, not " + value.asText());
            return null;
        }
        if (value.isBigDecimal()) {
            return value.decimalValue();
        }
        if (value.isIntegralNumber()) {
            return new BigDecimal(value.bigIntegerValue());
        }
        // A mapper without USE_BIG_DECIMAL_FOR_FLOATS gives doubles; their shortest text is the best left to us.
        return new BigDecimal(value.asText());
    }

    private static String shortText(BigDecimal raw) {
        long digits = (long) raw.precision() - raw.scale();
        return digits > 40 || raw.scale() > 40 ? "a number of extreme magnitude" : raw.toPlainString();
    }

    private static String clip(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
