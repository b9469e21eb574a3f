package cn.npa.indicator.domain.assessment;

import cn.npa.indicator.domain.indicator.IndicatorValue;

/**
 * A 64-bit fingerprint of every value a run computed, in a fixed order, so that recomputing a run can be checked
 * against it without storing millions of values. Not a cryptographic digest: it guards against a changed input or
 * formula, not against forgery (the stored results have a SHA-256 for that).
 */
public final class Fingerprint {

    private long state = 0x6a09e667f3bcc908L;

    public Fingerprint add(long v) {
        long x = state ^ v;
        x *= 0x9E3779B97F4A7C15L;
        x ^= x >>> 32;
        x *= 0xD6E8FEB86659FD93L;
        state = x ^ (x >>> 29);
        return this;
    }

    public Fingerprint add(String s) {
        return add(s == null ? 0 : s.hashCode());
    }

    /** A value by its exact digits and scale (BigDecimal's hash), or its reason when undefined. */
    public Fingerprint add(IndicatorValue v) {
        return v.isDefined() ? add(v.value().hashCode() * 31L + v.value().scale()) : add(-1L - v.reason().ordinal());
    }

    public long value() {
        return state;
    }

    public static String hex(long v) {
        return String.format("%016x", v);
    }
}
