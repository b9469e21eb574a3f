package cn.npa.indicator.domain.figures;

/**
 * The two baselines of domain §5: every filer's figures as first reported, or as restated by its latest accepted
 * version. Comparisons are made within one basis: restated t against restated bases, first reported against first
 * reported.
 */
public enum Basis {
    AS_FIRST_REPORTED,
    RESTATED
}
