package cn.npa.report.domain.rollup;

/** Where a bank-tree node's figure comes from (R1). */
public enum FigureSource {
    /** The node's own accepted filing; its children's filings, if any, only reconcile against it (Q4). */
    OWN_FILING,
    /** The node did not file: the sum of its children's figures. */
    CHILDREN_SUM
}
