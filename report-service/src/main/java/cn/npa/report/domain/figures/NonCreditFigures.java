package cn.npa.report.domain.figures;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** The non-credit section's amounts (Art. 9): the total, per category, and NPA disposed of and newly arisen. */
public record NonCreditFigures(NonCreditAmounts total, Map<NonCreditCategory, NonCreditAmounts> byCategory,
                               BigDecimal disposedInPeriod, BigDecimal newInPeriod) {

    public NonCreditFigures {
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(disposedInPeriod, "disposedInPeriod");
        Objects.requireNonNull(newInPeriod, "newInPeriod");
        byCategory = byCategory == null || byCategory.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new EnumMap<>(byCategory));
    }

    public NonCreditFigures plus(NonCreditFigures o) {
        Map<NonCreditCategory, NonCreditAmounts> categories = new EnumMap<>(NonCreditCategory.class);
        Money.mergeInto(categories, byCategory, NonCreditAmounts::plus);
        Money.mergeInto(categories, o.byCategory, NonCreditAmounts::plus);
        return new NonCreditFigures(total.plus(o.total), categories, disposedInPeriod.add(o.disposedInPeriod),
                newInPeriod.add(o.newInPeriod));
    }
}
