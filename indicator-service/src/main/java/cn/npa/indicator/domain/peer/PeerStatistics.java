package cn.npa.indicator.domain.peer;

import cn.npa.indicator.domain.figures.AssetClass;
import cn.npa.indicator.domain.figures.ComparisonBase;
import cn.npa.indicator.domain.figures.PeerGroup;
import cn.npa.indicator.domain.figures.UnitHistory;
import cn.npa.indicator.domain.indicator.FormulaId;
import cn.npa.indicator.domain.indicator.IndicatorValue;
import cn.npa.indicator.domain.indicator.Indicators;
import cn.npa.indicator.domain.indicator.PeerAggregate;
import cn.npa.indicator.domain.indicator.UndefinedReason;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A peer group's statistics of one indicator (domain §6): the aggregate from summed amounts, the member count, and the
 * median and percentiles of the members' values after UBPR trimming ({@link TrimmedSample}), with the method named and
 * the units used, trimmed and without a value listed.
 *
 * @param aggregate         the group figure from summed amounts; null for I5/I6, which are relative to it
 * @param unitsWithoutValue members whose value is undefined, with the reason; they are not observations
 * @param median            null when no member has a value
 */
public record PeerStatistics(PeerGroup group, FormulaId formula, AssetClass assetClass, ComparisonBase base,
                             String quantileMethod, int memberCount, PeerAggregate aggregate, List<String> unitsUsed,
                             List<String> unitsTrimmed, Map<String, UndefinedReason> unitsWithoutValue,
                             QuantileResult median, List<QuantileResult> percentiles, Set<PeerWarning> warnings) {

    /** The percentile levels reported unless the caller asks for others. */
    public static final List<BigDecimal> DEFAULT_LEVELS = List.of(new BigDecimal("0.10"), new BigDecimal("0.25"),
            new BigDecimal("0.50"), new BigDecimal("0.75"), new BigDecimal("0.90"));

    /** Members needed before a group's statistics are read without a warning. */
    public static final int MIN_MEMBERS = 10;

    public PeerStatistics {
        unitsUsed = List.copyOf(unitsUsed);
        unitsTrimmed = List.copyOf(unitsTrimmed);
        unitsWithoutValue = Map.copyOf(unitsWithoutValue);
        percentiles = List.copyOf(percentiles);
        warnings = warnings.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(warnings));
    }

    /** The statistics with the default method and levels. */
    public static PeerStatistics of(PeerGroup group, FormulaId f, AssetClass c, ComparisonBase b, List<UnitHistory> units) {
        return of(group, f, c, b, units, QuantileMethod.DEFAULT, DEFAULT_LEVELS);
    }

    /** The statistics of formula f over the members of the group among the given units. */
    public static PeerStatistics of(PeerGroup group, FormulaId f, AssetClass c, ComparisonBase b, List<UnitHistory> units,
                                    QuantileMethod method, List<BigDecimal> levels) {
        List<UnitHistory> members = units.stream().filter(u -> u.peerGroup() == group).toList();
        PeerAggregate compared = null;
        PeerAggregate aggregate = null;
        if (f.isPeerRelative()) {
            compared = PeerAggregate.of(group, f == FormulaId.I5 ? FormulaId.I4 : FormulaId.I2, c, b, members);
        } else {
            aggregate = PeerAggregate.of(group, f, c, b, members);
        }
        List<String> codes = new ArrayList<>(members.size());
        List<IndicatorValue> values = new ArrayList<>(members.size());
        for (UnitHistory u : members) {
            codes.add(u.unitCode());
            values.add(Indicators.compute(f, c, b, u, compared));
        }
        return ofValues(group, f, c, b, codes, values, aggregate, method, levels);
    }

    /**
     * The statistics from the members' values already computed (one per member, in the members' order), with the
     * group's aggregate (null for I5/I6): an assessment run computes every value once and reuses it here.
     */
    public static PeerStatistics ofValues(PeerGroup group, FormulaId f, AssetClass c, ComparisonBase b, List<String> members,
                                          List<IndicatorValue> values, PeerAggregate aggregate, QuantileMethod method,
                                          List<BigDecimal> levels) {
        if (members.size() != values.size()) {
            throw new IllegalArgumentException(members.size() + " members but " + values.size() + " values");
        }
        List<Observation> observations = new ArrayList<>();
        Map<String, UndefinedReason> without = new LinkedHashMap<>();
        for (int i = 0; i < members.size(); i++) {
            IndicatorValue v = values.get(i);
            if (v.isDefined()) {
                observations.add(new Observation(members.get(i), v.value()));
            } else {
                without.put(members.get(i), v.reason());
            }
        }
        Set<PeerWarning> warnings = EnumSet.noneOf(PeerWarning.class);
        if (members.size() < MIN_MEMBERS) {
            warnings.add(PeerWarning.FEWER_THAN_10_MEMBERS);
        }
        if (observations.size() < MIN_MEMBERS) {
            warnings.add(PeerWarning.FEWER_THAN_10_OBSERVATIONS);
        }
        TrimmedSample sample = TrimmedSample.of(observations);
        QuantileResult median = null;
        List<QuantileResult> percentiles = new ArrayList<>();
        if (!sample.kept().isEmpty()) {
            median = method.quantile(sample.kept(), new BigDecimal("0.5"));
            for (BigDecimal level : levels) {
                percentiles.add(method.quantile(sample.kept(), level));
            }
        }
        return new PeerStatistics(group, f, c, f.usesBase() ? b : null, method.name(), members.size(), aggregate,
                sample.keptUnits(), sample.trimmedUnits(), without, median, percentiles, warnings);
    }
}
