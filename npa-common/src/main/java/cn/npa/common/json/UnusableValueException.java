package cn.npa.common.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON value that is well-formed but cannot be stored: a text with a NUL, another control character or an
 * unpaired surrogate, or a number beyond any amount. Carries the reason and, for a value deep inside a free JSON tree,
 * the path below the field where it sits (Jackson adds the path down to that field).
 */
public class UnusableValueException extends MismatchedInputException {

    /** Which kind of value it is. */
    public enum Kind { TEXT, NUMBER }

    private final Kind kind;
    private final String reason;
    private final String below;

    public UnusableValueException(JsonParser p, Class<?> type, Kind kind, String below, String reason) {
        super(p, reason, type);
        this.kind = kind;
        this.reason = reason;
        this.below = below;
    }

    public Kind kind() {
        return kind;
    }

    /** Why the value cannot be used, in words a client understands. */
    public String reason() {
        return reason;
    }

    /** The path from the field Jackson names down to the value ("" for the field itself, ".a[2].b" inside a tree). */
    public String below() {
        return below;
    }
}
