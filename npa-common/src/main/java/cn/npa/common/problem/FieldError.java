package cn.npa.common.problem;

/** One problem found in a request: the rule it breaks, the JSON path (or row/field) it sits at, and a readable message. */
public record FieldError(String rule, String path, String message) {

    /** A finding of one rule of the catalogue. */
    public FieldError(RuleId rule, String path, String message) {
        this(rule.code(), path, message);
    }
}
