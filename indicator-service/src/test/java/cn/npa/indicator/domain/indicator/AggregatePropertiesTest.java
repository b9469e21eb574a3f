package cn.npa.indicator.domain.indicator;

import static cn.npa.indicator.domain.figures.AssetClass.LOAN;

import cn.npa.indicator.domain.Fixtures;
import cn.npa.indicator.domain.figures.PeerGroup;
import cn.npa.indicator.domain.figures.UnitHistory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Properties of aggregates from summed amounts (domain §6): a sum's ratio lies between its members' ratios. */
class AggregatePropertiesTest {

    @Property(tries = 200)
    void aggregateRatioLiesBetweenTheMembersMinAndMax_I1(
            @ForAll @Size(min = 1, max = 30) List<@IntRange(min = 1, max = 1_000_000) Integer> loans,
            @ForAll @Size(min = 30, max = 30) List<@IntRange(min = 0, max = 1000) Integer> nplPerMille) {
        List<UnitHistory> units = new ArrayList<>();
        BigDecimal min = null;
        BigDecimal max = null;
        for (int i = 0; i < loans.size(); i++) {
            BigDecimal total = BigDecimal.valueOf(loans.get(i));
            BigDecimal npl = total.multiply(BigDecimal.valueOf(nplPerMille.get(i))).movePointLeft(3);
            UnitHistory u = UnitHistory.of(Fixtures.loans("U" + i, PeerGroup.PRIVATE, "2026-06", total.toPlainString(), npl.toPlainString()));
            BigDecimal r = Indicators.ratio(u, LOAN).value();
            min = min == null || r.compareTo(min) < 0 ? r : min;
            max = max == null || r.compareTo(max) > 0 ? r : max;
            units.add(u);
        }
        BigDecimal aggregate = PeerAggregate.of(PeerGroup.PRIVATE, FormulaId.I1, LOAN, null, units).value().value();
        // Each quotient carries at most one unit in the 34th digit; allow that much around the bounds.
        BigDecimal slack = new BigDecimal("1E-30");
        if (aggregate.compareTo(min.subtract(slack)) < 0 || aggregate.compareTo(max.add(slack)) > 0) {
            throw new AssertionError(aggregate + " outside [" + min + ", " + max + "]");
        }
    }
}
