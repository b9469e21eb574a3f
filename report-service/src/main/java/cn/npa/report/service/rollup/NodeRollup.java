package cn.npa.report.service.rollup;

import cn.npa.report.domain.figures.Figures;
import cn.npa.report.domain.rollup.Coverage;
import cn.npa.report.domain.rollup.Q4Difference;
import cn.npa.report.domain.tree.InstitutionSnapshot;
import cn.npa.report.domain.tree.PeerGroup;
import java.util.Map;
import java.util.Optional;

/**
 * The rollup of one node for a period and basis, as read: its figures (empty when nothing at or below it filed), where
 * they come from, how complete they are, a filing parent's Q4 difference, and for a regulator the peer-group breakdown.
 */
public record NodeRollup(PeriodRollup of, InstitutionSnapshot node, String name, Optional<Figures> figures, Source source,
                         int filingUnits, Optional<Q4Difference> q4, Coverage coverage, Map<PeerGroup, Figures> byPeerGroup) {

    /** Where a node's figure comes from (R1). */
    public enum Source {
        /** The node's own accepted filing. */
        OWN_FILING,
        /** A bank node that did not file: the sum of its children's figures. */
        CHILDREN_SUM,
        /** A regulator: the sum over the maximal nodes of its jurisdiction. */
        MAXIMAL_NODES_SUM,
        /** Nothing at or below the node has filed. */
        NONE
    }
}
