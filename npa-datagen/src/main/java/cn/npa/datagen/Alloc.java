package cn.npa.datagen;

import java.math.BigDecimal;
import java.util.SplittableRandom;

/** Exact arithmetic on amounts in fen (hundredths of a yuan): splitting by weights, under caps, and noise. */
final class Alloc {

    private Alloc() {
    }

    /** Parts proportional to the weights that add up to the total exactly (the rounding rest goes to the largest). */
    static long[] split(long total, double[] weights) {
        double sum = 0;
        int largest = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            if (weights[i] > weights[largest]) {
                largest = i;
            }
        }
        long[] out = new long[weights.length];
        long given = 0;
        for (int i = 0; i < weights.length && sum > 0; i++) {
            out[i] = (long) Math.floor(total * (weights[i] / sum));
            given += out[i];
        }
        out[largest] += total - given;
        return out;
    }

    /** Like {@link #split} but no part exceeds its cap; what a capped line cannot take goes to lines with room. */
    static long[] capped(long total, double[] weights, long[] caps) {
        long[] out = split(total, weights);
        long excess = 0;
        for (int i = 0; i < out.length; i++) {
            if (out[i] > caps[i]) {
                excess += out[i] - caps[i];
                out[i] = caps[i];
            }
        }
        for (int i = 0; i < out.length && excess > 0; i++) {
            long take = Math.min(excess, caps[i] - out[i]);
            out[i] += take;
            excess -= take;
        }
        if (excess > 0) {
            throw new IllegalStateException("caps add up to less than the total");
        }
        return out;
    }

    /** Weights multiplied by a uniform factor in [1 - spread, 1 + spread]. */
    static double[] jitter(double[] weights, double spread, SplittableRandom rng) {
        double[] out = new double[weights.length];
        for (int i = 0; i < weights.length; i++) {
            out[i] = weights[i] * (1 - spread + 2 * spread * rng.nextDouble());
        }
        return out;
    }

    /** A fen amount as a yuan amount of scale 2. */
    static BigDecimal yuan(long fen) {
        return BigDecimal.valueOf(fen, 2);
    }

    /** A fraction of an amount, rounded to the fen. */
    static long part(long fen, double fraction) {
        return Math.round(fen * fraction);
    }

    /** A seeded generator for one purpose (salt) of one filer or bank (key) at one index (a month). */
    static SplittableRandom rng(long seed, String key, int salt, long index) {
        long h = seed * 0x9E3779B97F4A7C15L;
        h ^= (key.hashCode() + 0x7F4A7C15L) * 0xC2B2AE3D27D4EB4FL;
        h ^= (salt + 1L) * 0x165667B19E3779F9L;
        h ^= (index + 7L) * 0xD6E8FEB86659FD93L;
        return new SplittableRandom(h);
    }
}
