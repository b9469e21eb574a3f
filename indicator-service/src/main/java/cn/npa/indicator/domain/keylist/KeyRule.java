package cn.npa.indicator.domain.keylist;

/** The rules of domain §7 that put a branch or a client on the key list (Art. 6). */
public enum KeyRule {
    /** One of the 5 branches with the highest NPL ratio (ties at 5th place included). */
    K1,
    /** NPL balance or NPL ratio rose against the previous period or the beginning of the year. */
    K2,
    /** One of the 5 branches with the highest non-credit estimated-loss ratio (ties included). */
    K3,
    /** Flagged by a supervisor for disordered off-balance-sheet management or violations. */
    K4,
    /** A client with NPL >= RMB 100 million summed over the jurisdiction's filers. */
    K5,
    /** A group with >= 5 affiliated client ids and loans >= RMB 100 million across the jurisdiction's filers. */
    K6,
    /** The same client non-performing at one filer and performing at another in the same period. */
    K7
}
