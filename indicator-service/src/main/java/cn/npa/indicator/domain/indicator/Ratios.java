package cn.npa.indicator.domain.indicator;

import cn.npa.indicator.domain.figures.AssetClass;
import cn.npa.indicator.domain.figures.ClassAmounts;
import cn.npa.indicator.domain.figures.UnitFigures;
import java.math.BigDecimal;

/**
 * A unit's ratio bad / base of one class at one date, in percent (I1's value): I1, I2 and I6' all read it, so a run
 * computing them for 235,000 units divides each once. {@link #DIRECT} divides every time; {@link #recent()} remembers
 * the quotients of one unit's dates by the figures' section they were computed from (the section objects of a loaded
 * period are shared by the slots reading that period: January's previous period and beginning of year are one
 * December). The quotient is the same division of the same amounts either way, so no value changes, only how often
 * it is computed.
 */
public interface Ratios {

    /** The ratio of {@code amounts}, the amounts of class {@code c} in {@code at}; the caller has ruled out a zero base. */
    BigDecimal of(AssetClass c, UnitFigures at, ClassAmounts amounts);

    Ratios DIRECT = (c, at, amounts) -> Decimals.percent(amounts.bad(), amounts.base());

    /** A memo of one unit's few dates at a time ({@link Recent#forget} between units); for one thread. */
    static Recent recent() {
        return new Recent(DIRECT);
    }

    /** {@link #recent()} in front of another computation (a test counts the divisions). */
    static Recent recent(Ratios compute) {
        return new Recent(compute);
    }

    /** Remembers up to four sections' quotients (a unit's t, previous period and beginning of year), compared by identity. */
    final class Recent implements Ratios {
        private final Ratios compute;
        private final Object[] sections = new Object[4];
        private final BigDecimal[] quotients = new BigDecimal[4];
        private int size;

        private Recent(Ratios compute) {
            this.compute = compute;
        }

        /** Forgets what was remembered: the next unit's sections are other objects. */
        public void forget() {
            for (int k = 0; k < size; k++) {
                sections[k] = null;
                quotients[k] = null;
            }
            size = 0;
        }

        @Override
        public BigDecimal of(AssetClass c, UnitFigures at, ClassAmounts amounts) {
            Object section = switch (c) {
                case LOAN -> at.loan();
                case NON_CREDIT -> at.nonCredit();
                case OBS -> at.obs();
            };
            for (int k = 0; k < size; k++) {
                if (sections[k] == section) {
                    return quotients[k];
                }
            }
            BigDecimal r = compute.of(c, at, amounts);
            if (size < sections.length) {
                sections[size] = section;
                quotients[size++] = r;
            }
            return r;
        }
    }
}
