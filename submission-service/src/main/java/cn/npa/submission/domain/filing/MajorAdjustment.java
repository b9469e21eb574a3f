package cn.npa.submission.domain.filing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * An amendment that moves NPL or non-credit NPA by more than 5% of the figure it replaces (domain section 5, Art. 17);
 * moving a figure away from 0 is always major, and a figure one version lacks is not compared.
 */
public record MajorAdjustment(KeyFigure figure, BigDecimal before, BigDecimal after) {

    static final BigDecimal THRESHOLD = new BigDecimal("0.05");

    /** The major moves between the version replaced and the amendment; empty when the amendment is not major. */
    public static List<MajorAdjustment> between(KeyFigures replaced, Filing amendment) {
        return Stream.of(KeyFigure.NPL, KeyFigure.NON_CREDIT_NPA)
                .map(f -> assess(f, KeyFigures.get(replaced, f), f.of(amendment)))
                .filter(Objects::nonNull)
                .toList();
    }

    public static boolean isMajor(KeyFigures replaced, Filing amendment) {
        return !between(replaced, amendment).isEmpty();
    }

    public static boolean isMajor(Filing replaced, Filing amendment) {
        return isMajor(KeyFigures.of(replaced), amendment);
    }

    static MajorAdjustment assess(KeyFigure figure, BigDecimal before, BigDecimal after) {
        if (before == null || after == null) {
            return null;
        }
        boolean major = after.subtract(before).abs().compareTo(before.multiply(THRESHOLD)) > 0;
        return major ? new MajorAdjustment(figure, before, after) : null;
    }
}
