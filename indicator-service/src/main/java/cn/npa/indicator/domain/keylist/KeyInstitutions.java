package cn.npa.indicator.domain.keylist;

import cn.npa.indicator.domain.figures.AssetClass;
import cn.npa.indicator.domain.figures.ComparisonBase;
import cn.npa.indicator.domain.figures.UnitHistory;
import cn.npa.indicator.domain.indicator.FormulaId;
import cn.npa.indicator.domain.indicator.IndicatorValue;
import cn.npa.indicator.domain.indicator.Indicators;
import cn.npa.indicator.domain.peer.Observation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Selects the key institutions K1–K4 of domain §7 among the branches the caller passes (by default the maximal nodes of
 * a jurisdiction; the caller chooses the level). A branch selected by several rules is listed once with all of them.
 * The list is ordered by unit code.
 */
public final class KeyInstitutions {

    /** How many branches K1 and K3 list before ties. */
    public static final int TOP = 5;

    private KeyInstitutions() {
    }

    public static List<KeyInstitution> select(List<UnitHistory> branches, List<SupervisorFlag> activeFlags) {
        Map<String, List<KeyEvidence>> found = new TreeMap<>();
        top(KeyRule.K1, FormulaId.I1, AssetClass.LOAN, branches, found);
        top(KeyRule.K3, FormulaId.I8, AssetClass.NON_CREDIT, branches, found);
        for (UnitHistory u : branches) {
            risen(u, found);
        }
        for (SupervisorFlag flag : activeFlags) {
            found.computeIfAbsent(flag.unitCode(), k -> new ArrayList<>())
                    .add(new KeyEvidence(KeyRule.K4, List.of(), flag.flaggedOn() + ": " + flag.reason(), flag));
        }
        List<KeyInstitution> list = new ArrayList<>();
        found.forEach((unit, evidence) -> list.add(new KeyInstitution(unit,
                evidence.stream().map(KeyEvidence::rule).distinct().sorted().toList(), evidence)));
        return list;
    }

    /** K1 / K3: the TOP highest values of a ratio; units whose ratio is undefined cannot be among them. */
    private static void top(KeyRule rule, FormulaId f, AssetClass c, List<UnitHistory> branches, Map<String, List<KeyEvidence>> found) {
        List<Observation> observations = new ArrayList<>();
        Map<String, UnitHistory> byCode = new TreeMap<>();
        for (UnitHistory u : branches) {
            IndicatorValue v = Indicators.compute(f, c, null, u, null);
            if (v.isDefined()) {
                observations.add(new Observation(u.unitCode(), v.value()));
                byCode.put(u.unitCode(), u);
            }
        }
        List<Observation> selected = TopWithTies.top(observations, TOP);
        for (Observation o : selected) {
            UnitHistory u = byCode.get(o.unitCode());
            List<Figure> figures = c == AssetClass.LOAN
                    ? List.of(Figure.of("NPL", u.current().loan().npl()), Figure.of("total loans", u.current().loan().totalLoans()))
                    : List.of(Figure.of("estimated losses", u.current().nonCredit().estimatedLosses()),
                            Figure.of("total non-credit assets", u.current().nonCredit().totalAssets()));
            List<Figure> all = new ArrayList<>(figures);
            all.add(Figure.of(Indicators.compute(f, c, null, u, null)));
            found.computeIfAbsent(o.unitCode(), k -> new ArrayList<>()).add(KeyEvidence.of(rule,
                    "rank " + TopWithTies.rank(selected, o) + " of " + observations.size() + " by " + f.id() + " " + c, all));
        }
    }

    /** K2: NPL balance (I3 > 0) or NPL ratio (I2 > 0) rose against either base; the figures of both bases are reported. */
    private static void risen(UnitHistory u, Map<String, List<KeyEvidence>> found) {
        List<Figure> figures = new ArrayList<>();
        List<String> rose = new ArrayList<>();
        for (ComparisonBase b : ComparisonBase.values()) {
            IndicatorValue balance = Indicators.compute(FormulaId.I3, AssetClass.LOAN, b, u, null);
            IndicatorValue ratio = Indicators.compute(FormulaId.I2, AssetClass.LOAN, b, u, null);
            figures.add(Figure.of(balance));
            figures.add(Figure.of(ratio));
            if (balance.isDefined() && balance.value().signum() > 0) {
                rose.add("NPL balance rose against " + b);
            }
            if (ratio.isDefined() && ratio.value().signum() > 0) {
                rose.add("NPL ratio rose against " + b);
            }
        }
        if (!rose.isEmpty()) {
            found.computeIfAbsent(u.unitCode(), k -> new ArrayList<>()).add(KeyEvidence.of(KeyRule.K2, String.join("; ", rose), figures));
        }
    }
}
