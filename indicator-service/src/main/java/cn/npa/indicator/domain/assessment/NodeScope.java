package cn.npa.indicator.domain.assessment;

import cn.npa.indicator.domain.figures.PeerGroup;
import java.util.List;

/**
 * Which nodes of a load a caller may read (docs/security.md): everything (CBRC, services); a bureau the bank nodes
 * its regulators supervise, those regulators, and the peer-group nodes; a bank its own units and its peer group's node.
 *
 * @param supervisors a bureau's regulators (itself and those below it)
 * @param units       a bank's units (its institution and the nodes below it)
 * @param group       a bank's peer group
 */
public record NodeScope(boolean all, List<String> supervisors, List<String> units, PeerGroup group) {

    public static final NodeScope ALL = new NodeScope(true, List.of(), List.of(), null);

    public static NodeScope bureau(List<String> regulators) {
        return new NodeScope(false, List.copyOf(regulators), List.of(), null);
    }

    public static NodeScope bank(List<String> units, PeerGroup group) {
        return new NodeScope(false, List.of(), List.copyOf(units), group);
    }

    public boolean isBank() {
        return !all && supervisors.isEmpty();
    }
}
