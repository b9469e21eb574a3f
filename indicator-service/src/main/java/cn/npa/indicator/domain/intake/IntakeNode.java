package cn.npa.indicator.domain.intake;

import cn.npa.indicator.domain.figures.Basis;
import java.util.Objects;

/**
 * One node of a figures intake: its links and its figures as first reported and as restated. {@code restated} is null
 * when no filing behind the node was amended: the restated figures are then the first-reported ones.
 */
public record IntakeNode(NodeLinks links, FigureSections firstReported, FigureSections restated) {

    public IntakeNode {
        Objects.requireNonNull(links, "links");
        Objects.requireNonNull(firstReported, "firstReported");
    }

    public FigureSections figures(Basis basis) {
        return basis == Basis.RESTATED && restated != null ? restated : firstReported;
    }
}
