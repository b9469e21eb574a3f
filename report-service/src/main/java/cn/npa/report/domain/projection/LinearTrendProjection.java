package cn.npa.report.domain.projection;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * Linear trend by ordinary least squares regression of the value on time (commons-math {@link SimpleRegression}), with
 * the classical prediction interval of a new observation: ŷ ± t(1−α/2, n−2)·s·√(1 + 1/n + (x₀−x̄)²/Sxx).
 * Uses the last {@link #WINDOW} observations (at least 12 periods when available, so a year's seasonality averages out)
 * and refuses to guess below {@link #MIN_HISTORY}. The regression works in doubles (a statistical estimate); the
 * inputs and the answer are exact decimals, converted only at these edges.
 */
public final class LinearTrendProjection implements ProjectionMethod {

    /** Fewer observations than this give no projection: with n−2 < 4 degrees of freedom the interval is meaningless. */
    public static final int MIN_HISTORY = 6;
    /** How many of the latest observations are used (the issue asks for at least 12 periods when available). */
    public static final int WINDOW = 12;
    /** The prediction interval's confidence. */
    public static final BigDecimal CONFIDENCE = new BigDecimal("0.95");

    @Override
    public String name() {
        return "LINEAR_TREND_OLS";
    }

    @Override
    public String description() {
        return "Linear trend: ordinary least squares regression on time over the last " + WINDOW
                + " periods (at least " + MIN_HISTORY + "), 95% prediction interval from Student's t with n-2 degrees of freedom";
    }

    @Override
    public Projection project(List<Observation> history, long nextStep, Quantity quantity) {
        List<Observation> sorted = history.stream().filter(o -> o.step() < nextStep)
                .sorted(Comparator.comparingLong(Observation::step)).toList();
        List<Observation> used = sorted.subList(Math.max(0, sorted.size() - WINDOW), sorted.size());
        if (used.size() < MIN_HISTORY) {
            return Projection.insufficient(this, quantity, nextStep, used, MIN_HISTORY);
        }
        // x measured from the first observation keeps the regression well conditioned for any period numbering
        long origin = used.get(0).step();
        SimpleRegression regression = new SimpleRegression(true);
        for (Observation o : used) {
            regression.addData(o.step() - origin, o.value().doubleValue());
        }
        int n = used.size();
        double x0 = nextStep - origin;
        double xBar = used.stream().mapToDouble(o -> o.step() - origin).average().orElse(0);
        double sxx = regression.getXSumSquares();
        double s = Math.sqrt(Math.max(0, regression.getMeanSquareError()));
        double t = new TDistribution(n - 2).inverseCumulativeProbability(1 - (1 - CONFIDENCE.doubleValue()) / 2);
        double half = t * s * Math.sqrt(1 + 1.0 / n + (x0 - xBar) * (x0 - xBar) / sxx);
        double yHat = regression.predict(x0);
        return new Projection(Projection.Status.PROJECTED, name(), description(), quantity, nextStep,
                exact(yHat, quantity), exact(yHat - half, quantity), exact(yHat + half, quantity), CONFIDENCE, used,
                bounded(yHat - half, yHat + half, quantity));
    }

    /** The double as a decimal of the quantity's scale, kept within what the quantity can be (0..1 for a ratio, >= 0). */
    private static BigDecimal exact(double v, Quantity q) {
        double clamped = Math.max(0, q.atMostOne() ? Math.min(1, v) : v);
        return BigDecimal.valueOf(clamped).setScale(q.scale(), RoundingMode.HALF_UP);
    }

    private static String bounded(double lower, double upper, Quantity q) {
        boolean clipped = lower < 0 || (q.atMostOne() && upper > 1);
        return clipped ? "interval cut to the values the figure can take" : null;
    }
}
