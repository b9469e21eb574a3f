package cn.npa.testing.fuzz;

import java.util.concurrent.ThreadLocalRandom;

/**
 * The knobs of a fuzz run, from system properties: {@code npa.fuzz.seed} (a number, or {@code random} for a fresh one,
 * printed so that a failure can be replayed) and {@code npa.fuzz.cases} (hostile requests per operation). The defaults
 * make the CI run the same every time and short.
 */
public record FuzzSettings(long seed, int cases) {

    /** The seed of the CI run; any fixed number will do, this one names the issue that asked for the fuzzer. */
    public static final long DEFAULT_SEED = 16L;
    /** Hostile requests per operation in the CI run (plus the unchanged request itself). */
    public static final int DEFAULT_CASES = 24;

    /** The settings of this JVM. */
    public static FuzzSettings fromSystemProperties() {
        String seed = System.getProperty("npa.fuzz.seed", "").strip();
        long s = seed.isEmpty() ? DEFAULT_SEED
                : seed.equalsIgnoreCase("random") ? ThreadLocalRandom.current().nextLong() : Long.parseLong(seed);
        String cases = System.getProperty("npa.fuzz.cases", "").strip();
        return new FuzzSettings(s, cases.isEmpty() ? DEFAULT_CASES : Math.max(1, Integer.parseInt(cases)));
    }

    /** The seed of one operation's cases: stable whatever other operations exist or in which order they run. */
    public long seedOf(String operation) {
        return seed * 1_000_003L + operation.hashCode();
    }
}
