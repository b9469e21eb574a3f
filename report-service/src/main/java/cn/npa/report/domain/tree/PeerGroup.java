package cn.npa.report.domain.tree;

/** Peer groups of banks for horizontal comparison (Art. 12). */
public enum PeerGroup {
    LARGE_COMMERCIAL, JOINT_STOCK, CITY_COMMERCIAL, RURAL_COMMERCIAL, PRIVATE, FOREIGN
}
