package cn.npa.common.problem;

/**
 * Every rule id a finding can carry in {@code errors[].rule}: the filing rules of the domain spec (V1-V8 refuse a
 * report, Q1-Q6 flag it) and the codes of the other checks. {@link #code()} is what goes on the wire.
 */
public enum RuleId {

    /** Every amount is finite, at least 0, at most 2 fraction digits, below 10^16. */
    V1,
    /** The five grades add up to the stated total loans. */
    V2,
    /** Every breakdown adds up to its total. */
    V3,
    /** A part does not exceed its whole (a client's NPL within its balance, loss within NPA, ...). */
    V4,
    /** The filer exists, is active at the period end, may file this report type, and the period has ended. */
    V5,
    /** Client ids are well-formed Unified Social Credit Codes. */
    V6,
    /** The report's structure: readable JSON, the sections its type requires, no unknown fields, no duplicated keys. */
    V7,
    /** The caller may file for the institution. */
    V8,
    /** The NPL ratio moved by more than 2 percentage points since the previous period. */
    Q1,
    /** The NPL flow does not reconcile with the previous period. */
    Q2,
    /** Total loans moved by more than 30 % since the previous period. */
    Q3,
    /** A parent's own totals differ from the sum of its children's filings. */
    Q4,
    /** The stated opening NPL differs from the previous period's closing NPL. */
    Q5,
    /** A quarter-end monthly report differs from the quarterly (or Q4 from the annual) report. */
    Q6,

    /** A body that is not JSON, or not the JSON shape the endpoint reads. */
    JSON,
    /** A field of a body with the wrong JSON type. */
    TYPE,
    /** A Bean Validation constraint on a request. */
    CONSTRAINT,
    /** The page and size parameters of a list. */
    PAGE,
    /** A query parameter that is missing or cannot be read. */
    PARAM,
    /** A period parameter that cannot be read. */
    PERIOD,
    /** A request body without a Content-Type, or with one the operation does not read. */
    CONTENT_TYPE,
    /** An Accept header that names no media type the operation answers in. */
    ACCEPT,
    /** A request body larger than the operation accepts. */
    BODY_SIZE,
    /** A request line (path and query) longer than the services read. */
    URI,
    /** A request the service cannot read at all (a header or parameter of the wrong form). */
    REQUEST,
    /** A text of a body with a NUL or another control character, or an unpaired UTF-16 surrogate. */
    TEXT,
    /** A number of a body with more digits, or a larger exponent, than any amount or count can have. */
    NUMBER,
    /** A bearer token whose role does not fit its institution (docs/security.md, "Tokens that do not fit"). */
    TOKEN,
    /** Obligations are generated only for a period that has ended. */
    PERIOD_NOT_ENDED,
    /** The Idempotency-Key header. */
    IDEMPOTENCY,
    /** The text of an explanation of quality findings. */
    EXPLANATION,
    /** A waiver needs a reason. */
    WAIVER_REASON,
    /** The formula chosen for an indicator. */
    FORMULA,
    /** A "statement accepted" event the report service receives. */
    EVENT,

    /** The links of a node in a figures intake: an unknown parent, supervisor, head office or filer, or one of the wrong kind. */
    FIG_NODE,
    /** The figure version of a figures intake (a positive number; one version of a period holds one content). */
    FIG_VERSION,
    /** A supervisor's flag (K4): its unit, reason and date, or lifting it. */
    FLAG,
    /** An assessment run request: its period, regulator, or the figures it needs. */
    RUN,
    /** A regulator's progress-degree weights of I1, I2, I4 and I7. */
    WEIGHTS,

    /** A register import line that cannot be read as CSV. */
    CSV,
    /** An unknown or mistyped field of a register row. */
    REG_FIELD,
    /** A register field that is required. */
    REG_REQUIRED,
    /** The form of an institution code. */
    REG_CODE,
    /** The length of an institution name. */
    REG_NAME,
    /** Peer groups, which only bank head offices have. */
    REG_PEER,
    /** The region code of an institution. */
    REG_REGION,
    /** A register date, or validity dates in the wrong order. */
    REG_DATES,
    /** An enumerated register value (kind, peer group). */
    REG_VALUE,
    /** The parent an institution of its kind must (or must not) have. */
    REG_PARENT,
    /** The supervisor an institution of its kind must (or must not) have. */
    REG_SUPERVISOR,
    /** A parent or supervisor chain that loops back. */
    REG_CYCLE,
    /** The same institution and validity start twice in one import. */
    REG_DUPLICATE,
    /** Validity intervals of one institution that overlap. */
    REG_OVERLAP,
    /** An institution that is not of the kind the operation needs (a regulator). */
    REG_KIND,

    /** A calendar field that is required. */
    CAL_REQUIRED,
    /** The length of a holiday name. */
    CAL_NAME,
    /** A calendar date outside its year, or a year out of range. */
    CAL_YEAR,
    /** A make-up working day that is not on a weekend. */
    CAL_MAKEUP_WEEKEND,
    /** A date listed twice in one list. */
    CAL_DUPLICATE,
    /** A date listed both as a holiday and as a make-up working day. */
    CAL_BOTH,
    /** A calendar date that cannot be read. */
    CAL_DATE,

    /** A branch deadline rule field that is required. */
    DL_REQUIRED,
    /** The due days of a branch deadline rule. */
    DL_DAYS,
    /** Rule dates that cannot be read or are in the wrong order. */
    DL_DATES,
    /** A report type a bureau may not set a deadline for. */
    DL_TYPE;

    private final String code = name().replace('_', '-');

    /** The id as it appears in {@code errors[].rule}, e.g. {@code V7} or {@code REG-PARENT}. */
    public String code() {
        return code;
    }

    /** Whether a finding's rule (as on the wire) is this one. */
    public boolean is(String rule) {
        return code.equals(rule);
    }
}
