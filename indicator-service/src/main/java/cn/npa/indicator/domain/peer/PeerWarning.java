package cn.npa.indicator.domain.peer;

/** Why a peer statistic should be read with care. */
public enum PeerWarning {
    /** The group has fewer than 10 members (domain §6): its median and percentiles say little. */
    FEWER_THAN_10_MEMBERS,
    /** Fewer than 10 members have a defined value of this indicator, though the group itself may be larger. */
    FEWER_THAN_10_OBSERVATIONS
}
