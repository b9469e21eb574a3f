package cn.npa.report.domain.rollup;

import cn.npa.report.domain.figures.Money;
import cn.npa.report.domain.tree.InstitutionKind;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How complete a rollup is (R1): expected units in its scope, how many of them filed, the filed units' share of the
 * previous period's total loans, and the missing units. Provisional while anything is missing.
 */
public record Coverage(int expectedUnits, int filedUnits, BigDecimal previousLoansFiled, BigDecimal previousLoansTotal,
                       List<MissingUnit> missing) {

    public Coverage {
        missing = List.copyOf(missing);
    }

    public boolean provisional() {
        return !missing.isEmpty();
    }

    /** Filed units / expected units; {@code null} when nobody is expected. */
    public BigDecimal unitShare() {
        return Money.ratio(BigDecimal.valueOf(filedUnits), BigDecimal.valueOf(expectedUnits));
    }

    /** The filed units' previous-period total loans / the scope's; {@code null} when the latter is zero or unknown. */
    public BigDecimal loanShare() {
        return Money.ratio(previousLoansFiled, previousLoansTotal);
    }

    /** The missing units grouped by level of the bank tree, head offices first. */
    public Map<InstitutionKind, List<MissingUnit>> missingByLevel() {
        return missing.stream().collect(Collectors.groupingBy(MissingUnit::kind, () -> new EnumMap<>(InstitutionKind.class),
                Collectors.toList()));
    }
}
