package cn.npa.submission.domain.filing;

/** The off-balance-sheet amounts of one business type. */
public record ObsLine(ObsBusinessType businessType, ObsAmounts amounts) {
}
