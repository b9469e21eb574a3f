package cn.npa.indicator.domain.figures;

/** The peer groups of domain §1 used for horizontal comparison (横比, Art. 12). */
public enum PeerGroup {
    LARGE_COMMERCIAL,
    JOINT_STOCK,
    CITY_COMMERCIAL,
    RURAL_COMMERCIAL,
    PRIVATE,
    FOREIGN
}
