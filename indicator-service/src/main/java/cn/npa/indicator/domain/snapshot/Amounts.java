package cn.npa.indicator.domain.snapshot;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Exact decimals in a snapshot: the unscaled value and the scale, so the value read back is {@code equals} (same scale)
 * to the one written. Tag 2: scale 2 and an unscaled long (every stored amount: numeric(20,2)); tag 0: any scale and an
 * unscaled long; tag 1: any scale and the unscaled value's two's-complement bytes.
 */
final class Amounts {

    private static final int LONG = 0;
    private static final int BIG = 1;
    private static final int LONG_SCALE_2 = 2;

    private Amounts() {
    }

    static void write(ByteSink out, BigDecimal v) {
        BigInteger unscaled = v.unscaledValue();
        if (unscaled.bitLength() < 64) {
            if (v.scale() == 2) {
                out.write(LONG_SCALE_2);
            } else {
                out.write(LONG);
                out.zigzag(v.scale());
            }
            out.zigzag(unscaled.longValue());
        } else {
            out.write(BIG);
            out.zigzag(v.scale());
            byte[] b = unscaled.toByteArray();
            out.varint(b.length);
            out.write(b, 0, b.length);
        }
    }

    static BigDecimal read(ByteCursor in) {
        int tag = in.read();
        return switch (tag) {
            case LONG_SCALE_2 -> BigDecimal.valueOf(in.zigzag(), 2);
            case LONG -> {
                int scale = scale(in.zigzag());
                yield BigDecimal.valueOf(in.zigzag(), scale);
            }
            case BIG -> {
                int scale = scale(in.zigzag());
                yield new BigDecimal(new BigInteger(in.bytes(in.length())), scale);
            }
            default -> throw new IllegalArgumentException("unknown amount tag " + tag + " at byte " + (in.position() - 1));
        };
    }

    private static int scale(long s) {
        if (s < Integer.MIN_VALUE || s > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("scale out of range: " + s);
        }
        return (int) s;
    }
}
