package cn.npa.report.domain.rollup;

import cn.npa.report.domain.figures.Money;
import cn.npa.report.domain.tree.InstitutionSnapshot;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * Provisional status and coverage of rollups (R1). The scope of a node is what its figure could sum: walking down from
 * it, a unit that filed stands for its whole subtree (its own filing is used, R1), so the walk stops there; every
 * expected unit met on the way that did not file is missing. Computed on demand, in the size of the scope.
 */
public final class Coverages {

    private static final Comparator<MissingUnit> LEVEL_THEN_CODE =
            Comparator.comparing(MissingUnit::kind).thenComparing(MissingUnit::code);

    private final BankRollup rollup;
    private final Expectations expectations;

    public Coverages(BankRollup rollup, Expectations expectations) {
        this.rollup = rollup;
        this.expectations = expectations;
    }

    /** Coverage of a bank node's figure. */
    public Coverage of(String bankCode) {
        return walk(List.of(rollup.hierarchy().require(bankCode)));
    }

    /** Coverage of the sum of a node's children: tells whether its Q4 difference compares against complete children. */
    public Coverage ofChildren(String bankCode) {
        return walk(rollup.hierarchy().children(bankCode));
    }

    /** Coverage of a regulator's figure: the scopes of the maximal nodes of its jurisdiction. */
    public Coverage ofRegulator(String regulatorCode) {
        return walk(rollup.hierarchy().maximalNodes(regulatorCode));
    }

    private Coverage walk(Collection<InstitutionSnapshot> roots) {
        int expected = 0;
        int filed = 0;
        BigDecimal loansFiled = Money.ZERO;
        BigDecimal loansTotal = Money.ZERO;
        List<MissingUnit> missing = new ArrayList<>();
        for (InstitutionSnapshot root : roots) {
            loansTotal = loansTotal.add(previousLoans(root));
        }
        Deque<InstitutionSnapshot> todo = new ArrayDeque<>(roots);
        while (!todo.isEmpty()) {
            InstitutionSnapshot unit = todo.pop();
            boolean owes = expectations.owes(unit.code());
            if (rollup.filed(unit.code())) {
                expected += owes ? 1 : 0;
                filed += owes ? 1 : 0;
                loansFiled = loansFiled.add(previousLoans(unit));
                continue;
            }
            if (owes) {
                expected++;
                missing.add(new MissingUnit(unit.code(), unit.kind(), unit.parentCode(), expectations.status(unit.code())));
            }
            rollup.hierarchy().children(unit.code()).forEach(todo::push);
        }
        missing.sort(LEVEL_THEN_CODE);
        return new Coverage(expected, filed, loansFiled, loansTotal, missing);
    }

    /** A unit's previous-period total loans: as given, or else the sum of its children's (the R1 rule applied to the past). */
    private BigDecimal previousLoans(InstitutionSnapshot root) {
        BigDecimal sum = Money.ZERO;
        Deque<InstitutionSnapshot> todo = new ArrayDeque<>(List.of(root));
        while (!todo.isEmpty()) {
            InstitutionSnapshot unit = todo.pop();
            BigDecimal known = expectations.previousTotalLoans().get(unit.code());
            if (known != null) {
                sum = sum.add(known);
            } else {
                rollup.hierarchy().children(unit.code()).forEach(todo::push);
            }
        }
        return sum;
    }
}
