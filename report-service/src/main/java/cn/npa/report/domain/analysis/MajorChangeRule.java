package cn.npa.report.domain.analysis;

import cn.npa.report.domain.figures.Money;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * When a change is "major" (Art. 8(1): highlighted changes and anomalies): a balance whose change is more than
 * {@code rate} of its base or more than {@code amount} yuan, or a ratio that moved by more than {@code ratioPoints}
 * (a fraction: 0.02 = 2 percentage points). Strict and exact comparisons, as the quality rules.
 */
public record MajorChangeRule(BigDecimal rate, BigDecimal amount, BigDecimal ratioPoints) {

    /** The reason a balance change is major, or empty. A balance growing from 0 is major when it reaches the amount. */
    public Optional<String> balance(BigDecimal base, BigDecimal current) {
        if (base == null || current == null) {
            return Optional.empty();
        }
        BigDecimal change = current.subtract(base);
        if (change.abs().compareTo(amount) > 0) {
            return Optional.of("change of " + change.toPlainString() + " is more than " + amount.toPlainString() + " yuan");
        }
        BigDecimal r = Money.ratio(change.abs(), base.abs());
        if (r != null && r.compareTo(rate) > 0) {
            return Optional.of("change of " + percent(Money.ratio(change, base)) + " is more than " + percent(rate));
        }
        return Optional.empty();
    }

    /** The reason a ratio change is major, or empty (either ratio undefined: nothing to compare). */
    public Optional<String> ratio(BigDecimal base, BigDecimal current) {
        if (base == null || current == null) {
            return Optional.empty();
        }
        BigDecimal change = current.subtract(base);
        return change.abs().compareTo(ratioPoints) > 0
                ? Optional.of("ratio moved by " + points(change) + " pp, more than " + points(ratioPoints) + " pp")
                : Optional.empty();
    }

    static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() + "%";
    }

    static String points(BigDecimal fraction) {
        return fraction.movePointRight(2).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
