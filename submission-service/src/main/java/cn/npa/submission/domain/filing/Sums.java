package cn.npa.submission.domain.filing;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Objects;
import java.util.function.Function;

/** Null-aware sums: an unknown part (already reported as bad input) makes the sum unknown, so no derived finding follows. */
public final class Sums {

    private Sums() {
    }

    public static BigDecimal of(BigDecimal... parts) {
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal part : parts) {
            if (part == null) {
                return null;
            }
            sum = sum.add(part);
        }
        return sum;
    }

    public static <T> BigDecimal over(Collection<T> rows, Function<T, BigDecimal> amount) {
        if (rows == null) {
            return null;
        }
        return of(rows.stream().map(r -> r == null ? null : amount.apply(r)).toArray(BigDecimal[]::new));
    }

    /** Amount equality by value: 1.5 and 1.50 are the same amount, which {@code equals} would deny. */
    public static boolean same(BigDecimal a, BigDecimal b) {
        return Objects.equals(a, b) || (a != null && b != null && a.compareTo(b) == 0);
    }
}
