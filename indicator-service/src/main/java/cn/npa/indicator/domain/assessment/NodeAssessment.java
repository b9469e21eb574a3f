package cn.npa.indicator.domain.assessment;

import cn.npa.indicator.domain.figures.Basis;
import cn.npa.indicator.domain.indicator.IndicatorValue;
import cn.npa.indicator.domain.intake.NodeLinks;
import cn.npa.indicator.domain.peer.ProgressDegree;
import cn.npa.indicator.domain.peer.UnitRank;
import java.util.List;

/** One node's assessment in a run: per basis its indicators, its ranks in its universe and its progress degrees. */
public record NodeAssessment(AssessmentRun run, NodeLinks node, List<Sheet> bases) {

    public NodeAssessment {
        bases = List.copyOf(bases);
    }

    /**
     * One basis.
     *
     * @param ranks    per {@link RankColumn}, in its order; empty for a node that is not ranked (regulators, peer groups)
     * @param progress against the previous period, then the beginning of the year; empty when not ranked
     */
    public record Sheet(Basis basis, List<IndicatorValue> values, List<UnitRank> ranks, List<ProgressDegree> progress) {

        public Sheet {
            values = List.copyOf(values);
            ranks = List.copyOf(ranks);
            progress = List.copyOf(progress);
        }
    }
}
