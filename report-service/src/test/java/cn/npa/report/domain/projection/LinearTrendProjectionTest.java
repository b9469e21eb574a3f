package cn.npa.report.domain.projection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** R5: the linear trend projection on a known linear series, a noisy series checked by hand, and short histories. */
class LinearTrendProjectionTest {

    private final ProjectionMethod method = new LinearTrendProjection();

    @Test
    @DisplayName("R5: on an exact linear series the next value is the line's, inside the interval, and the method is named")
    void r5KnownLinearSeries() {
        List<Observation> history = new ArrayList<>();
        // NPL balance growing by 250.50 a month from 10,000.00 over 18 months
        for (int i = 0; i < 18; i++) {
            history.add(new Observation("m" + i, 100 + i, new BigDecimal("10000.00").add(new BigDecimal("250.50").multiply(BigDecimal.valueOf(i)))));
        }
        Projection p = method.project(history, 118, Quantity.BALANCE);
        assertEquals(Projection.Status.PROJECTED, p.status());
        assertEquals("LINEAR_TREND_OLS", p.method());
        BigDecimal expected = new BigDecimal("14509.00"); // 10,000.00 + 18 x 250.50
        assertEquals(0, expected.compareTo(p.value()), p.value().toPlainString());
        assertTrue(p.covers(expected));
        // the last 12 periods are used (at least 12 when available)
        assertEquals(12, p.used().size());
        assertEquals("m6", p.used().get(0).period());
        assertEquals(new BigDecimal("0.95"), p.confidence());
    }

    @Test
    @DisplayName("R5: a noisy series gives the hand-computed forecast and 95% prediction interval")
    void r5NoisySeriesHandChecked() {
        // x = 0..5, y = 10, 12, 11, 15, 14, 17: x̄ = 2.5, Sxx = 17.5, Sxy = 22.5, b = 1.285714, a = 9.952381,
        // ŷ(6) = 17.666667; SSE = 5.904762, s = sqrt(SSE / 4) = 1.214986; t(0.975, 4) = 2.776445;
        // half width = t · s · sqrt(1 + 1/6 + 3.5² / 17.5) = 2.776445 · 1.214986 · 1.366260 = 4.608867
        String[] ys = {"10", "12", "11", "15", "14", "17"};
        List<Observation> history = new ArrayList<>();
        for (int i = 0; i < ys.length; i++) {
            history.add(new Observation("p" + i, i, new BigDecimal(ys[i])));
        }
        Projection p = method.project(history, 6, Quantity.BALANCE);
        assertEquals(new BigDecimal("17.67"), p.value());
        assertEquals(new BigDecimal("13.06"), p.lower());
        assertEquals(new BigDecimal("22.28"), p.upper());
        assertNull(p.note());
    }

    @Test
    @DisplayName("R5: ratios are written with 6 decimals and an interval reaching below 0 is cut at 0")
    void r5RatioIntervalCutAtZero() {
        String[] ys = {"0.0010", "0.0000", "0.0020", "0.0000", "0.0010", "0.0000"};
        List<Observation> history = new ArrayList<>();
        for (int i = 0; i < ys.length; i++) {
            history.add(new Observation("p" + i, i, new BigDecimal(ys[i])));
        }
        Projection p = method.project(history, 6, Quantity.RATIO);
        assertEquals(6, p.value().scale());
        assertEquals(0, BigDecimal.ZERO.compareTo(p.lower()));
        assertEquals("interval cut to the values the figure can take", p.note());
    }

    @Test
    @DisplayName("R5: with fewer than 6 periods the projection says the history is insufficient instead of guessing")
    void r5InsufficientHistory() {
        List<Observation> history = List.of(new Observation("a", 1, BigDecimal.ONE), new Observation("b", 2, BigDecimal.TEN),
                new Observation("c", 3, BigDecimal.ONE), new Observation("d", 4, BigDecimal.TEN), new Observation("e", 5, BigDecimal.ONE));
        Projection p = method.project(history, 6, Quantity.BALANCE);
        assertEquals(Projection.Status.INSUFFICIENT_HISTORY, p.status());
        assertNull(p.value());
        assertNull(p.lower());
        assertEquals("LINEAR_TREND_OLS", p.method());
        assertTrue(p.note().startsWith("insufficient history: 5 periods"), p.note());
        assertEquals(LinearTrendProjection.MIN_HISTORY, 6);
    }
}
