package cn.npa.indicator.domain.intake;

import cn.npa.indicator.domain.figures.Period;
import java.util.Objects;

/** The period a figures intake is for and its figure version: one (period, version) holds one content, a higher version supersedes. */
public record IntakeHeader(Period period, int figureVersion) {

    public IntakeHeader {
        Objects.requireNonNull(period, "period");
        if (figureVersion < 1) {
            throw new IllegalArgumentException("figure versions start at 1");
        }
    }
}
