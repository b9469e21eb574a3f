package cn.npa.indicator.rest;

import cn.npa.indicator.domain.peer.ProgressWeights;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** A regulator's weights of I1, I2, I4 and I7 in the progress degree; {@code isDefault}: none set, all equal. */
public record ProgressWeightsView(String regulatorCode, boolean isDefault, Map<String, BigDecimal> weights) {

    public static ProgressWeightsView of(ProgressWeights w, boolean isDefault) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        ProgressWeights.INDICATORS.forEach(f -> m.put(f.id(), w.weight(f)));
        return new ProgressWeightsView(w.regulatorCode(), isDefault, m);
    }
}
