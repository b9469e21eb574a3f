package cn.npa.report.domain.rollup;

/** The two baselines of spec section 5: each filer's first accepted version, or its latest accepted version. */
public enum Basis {
    AS_FIRST_REPORTED, RESTATED
}
