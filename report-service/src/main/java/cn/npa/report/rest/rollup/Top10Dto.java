package cn.npa.report.rest.rollup;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import cn.npa.report.domain.top10.R3Tables;
import cn.npa.report.domain.top10.RankedRow;
import cn.npa.report.service.rollup.Top10Service;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The R3 tables of a node: each table's rows in rank order (ties share a rank; every row tied with the N-th is
 * included), each row with the figures it was ranked on.
 */
public record Top10Dto(String node, String period, String basis, int n, Map<String, List<Row>> tables,
                       RollupDto.RegisterDto register) {

    /** One ranked row: the branch code or the client's credit code, its name, the value ranked on, its figures. */
    public record Row(int rank, String key, @Schema(nullable = true) String name, @Schema(nullable = true) BigDecimal value, Object figures) {
    }

    static Top10Dto of(Top10Service.Top10 t, int n) {
        var p = t.of();
        R3Tables r = t.tables();
        Map<String, List<Row>> tables = new LinkedHashMap<>();
        tables.put("branchesByNpl", rows(r.branchesByNpl(), p.register()::name));
        tables.put("branchesByNplRatio", rows(r.branchesByNplRatio(), p.register()::name));
        tables.put("clientsByLoan", rows(r.clientsByLoan(), code -> null));
        tables.put("clientsByNpl", rows(r.clientsByNpl(), code -> null));
        tables.put("branchesByNonCreditNpa", rows(r.branchesByNonCreditNpa(), p.register()::name));
        tables.put("branchesByEstimatedLoss", rows(r.branchesByEstimatedLoss(), p.register()::name));
        tables.put("branchesByObsGrowth", rows(r.branchesByObsGrowth(), p.register()::name));
        tables.put("branchesByAdvances", rows(r.branchesByAdvances(), p.register()::name));
        return new Top10Dto(t.node().code(), p.period().toString(), p.basis().name(), n, tables,
                new RollupDto.RegisterDto(p.register().asOf(), p.register().version(), p.register().stale()));
    }

    private static <T> List<Row> rows(List<RankedRow<T>> rows, java.util.function.Function<String, String> names) {
        return rows.stream().map(r -> new Row(r.rank(), r.key(), clientName(r.row(), names.apply(r.key())), r.value(), r.row())).toList();
    }

    private static String clientName(Object row, String registerName) {
        return row instanceof cn.npa.report.domain.figures.ClientExposure c ? c.name() : registerName;
    }
}
