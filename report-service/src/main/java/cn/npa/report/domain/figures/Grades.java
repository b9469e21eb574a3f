package cn.npa.report.domain.figures;

import java.math.BigDecimal;
import java.util.Objects;

/** Loans by the five-grade classification (Art. 4); total and NPL are derived, never stored. */
public record Grades(BigDecimal pass, BigDecimal specialMention, BigDecimal substandard, BigDecimal doubtful,
                     BigDecimal loss) {

    public static final Grades ZERO = new Grades(Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);

    public Grades {
        Objects.requireNonNull(pass, "pass");
        Objects.requireNonNull(specialMention, "specialMention");
        Objects.requireNonNull(substandard, "substandard");
        Objects.requireNonNull(doubtful, "doubtful");
        Objects.requireNonNull(loss, "loss");
    }

    public BigDecimal total() {
        return pass.add(specialMention).add(substandard).add(doubtful).add(loss);
    }

    /** Substandard + doubtful + loss. */
    public BigDecimal npl() {
        return substandard.add(doubtful).add(loss);
    }

    public Grades plus(Grades o) {
        return new Grades(pass.add(o.pass), specialMention.add(o.specialMention), substandard.add(o.substandard),
                doubtful.add(o.doubtful), loss.add(o.loss));
    }
}
