package cn.npa.report.domain.figures;

import java.util.EnumMap;
import java.util.Map;

/** The off-balance-sheet section's amounts (Art. 10) per business type; the totals are the sum of the lines. */
public record ObsFigures(Map<ObsBusinessType, ObsAmounts> byBusinessType) {

    public ObsFigures {
        byBusinessType = byBusinessType == null || byBusinessType.isEmpty() ? Map.of()
                : java.util.Collections.unmodifiableMap(new EnumMap<>(byBusinessType));
    }

    /** The section's totals: the sum of its lines (a filer's stated totals are only a check, done at filing). */
    public ObsAmounts totals() {
        return byBusinessType.values().stream().reduce(ObsAmounts.ZERO, ObsAmounts::plus);
    }

    public ObsFigures plus(ObsFigures o) {
        Map<ObsBusinessType, ObsAmounts> types = new EnumMap<>(ObsBusinessType.class);
        Money.mergeInto(types, byBusinessType, ObsAmounts::plus);
        Money.mergeInto(types, o.byBusinessType, ObsAmounts::plus);
        return new ObsFigures(types);
    }
}
