package cn.npa.indicator.domain.assessment;

import cn.npa.indicator.domain.indicator.PeerAggregate;

/** Where I5 and I6 find their unit's peer aggregate of I4 and I2 for a column's class and base; null: no peer group. */
@FunctionalInterface
public interface PeerLookup {

    PeerLookup NONE = column -> null;

    PeerAggregate compared(Column column);
}
