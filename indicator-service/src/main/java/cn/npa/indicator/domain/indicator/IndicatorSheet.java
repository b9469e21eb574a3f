package cn.npa.indicator.domain.indicator;

import cn.npa.indicator.domain.figures.AssetClass;
import cn.npa.indicator.domain.figures.ComparisonBase;
import cn.npa.indicator.domain.figures.PeerGroup;
import cn.npa.indicator.domain.figures.UnitHistory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every formula (defaults and variants side by side) for every asset class and comparison base of one unit.
 * {@link #forUnits} computes the peer aggregates I5 and I6 need once per group.
 */
public record IndicatorSheet(String unitCode, PeerGroup peerGroup, List<IndicatorValue> values) {

    public IndicatorSheet {
        values = List.copyOf(values);
    }

    /** The value of formula f for class c at base b (b is ignored for formulas without a base). */
    public IndicatorValue get(FormulaId f, AssetClass c, ComparisonBase b) {
        ComparisonBase key = f.usesBase() ? b : null;
        return values.stream().filter(v -> v.formula() == f && v.assetClass() == c && v.base() == key)
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no " + f.id() + " " + c + " " + b));
    }

    /** The sheets of the given units, each compared with the aggregate of its own peer group among them. */
    public static List<IndicatorSheet> forUnits(List<UnitHistory> units) {
        Map<String, PeerAggregate> aggregates = new HashMap<>();
        List<IndicatorSheet> sheets = new ArrayList<>();
        for (UnitHistory u : units) {
            List<IndicatorValue> values = new ArrayList<>();
            for (AssetClass c : AssetClass.values()) {
                for (FormulaId f : FormulaId.values()) {
                    if (!f.usesBase()) {
                        values.add(Indicators.compute(f, c, null, u, null));
                        continue;
                    }
                    for (ComparisonBase b : ComparisonBase.values()) {
                        PeerAggregate peer = null;
                        if (f.isPeerRelative() && u.peerGroup() != null) {
                            FormulaId compared = f == FormulaId.I5 ? FormulaId.I4 : FormulaId.I2;
                            peer = aggregates.computeIfAbsent(u.peerGroup() + "/" + compared + "/" + c + "/" + b,
                                    k -> PeerAggregate.of(u.peerGroup(), compared, c, b, units));
                        }
                        values.add(Indicators.compute(f, c, b, u, peer));
                    }
                }
            }
            sheets.add(new IndicatorSheet(u.unitCode(), u.peerGroup(), values));
        }
        return sheets;
    }
}
