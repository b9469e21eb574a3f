package cn.npa.indicator.repository;

import cn.npa.common.db.Jdbc;
import cn.npa.indicator.domain.indicator.FormulaId;
import cn.npa.indicator.domain.peer.ProgressWeights;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** Each regulator's weights of I1, I2, I4 and I7 in the progress degree; a regulator without a row weighs them equally. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class WeightsRepository {

    private final Jdbc jdbc;

    public WeightsRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ProgressWeights> find(String regulator) {
        return jdbc.one("select * from progress_weights where regulator_code = ?", rs -> {
            Map<FormulaId, java.math.BigDecimal> w = new EnumMap<>(FormulaId.class);
            w.put(FormulaId.I1, rs.getBigDecimal("w_i1"));
            w.put(FormulaId.I2, rs.getBigDecimal("w_i2"));
            w.put(FormulaId.I4, rs.getBigDecimal("w_i4"));
            w.put(FormulaId.I7, rs.getBigDecimal("w_i7"));
            return new ProgressWeights(regulator, w);
        }, regulator);
    }

    public void save(ProgressWeights w, String by, OffsetDateTime at) {
        jdbc.update("insert into progress_weights (regulator_code, w_i1, w_i2, w_i4, w_i7, set_by, set_at) values (?, ?, ?, ?, ?, ?, ?)"
                + " on conflict (regulator_code) do update set w_i1 = excluded.w_i1, w_i2 = excluded.w_i2, w_i4 = excluded.w_i4,"
                + " w_i7 = excluded.w_i7, set_by = excluded.set_by, set_at = excluded.set_at", w.regulatorCode(),
                w.weight(FormulaId.I1), w.weight(FormulaId.I2), w.weight(FormulaId.I4), w.weight(FormulaId.I7), by, at);
    }
}
