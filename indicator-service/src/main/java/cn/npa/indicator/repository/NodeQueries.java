package cn.npa.indicator.repository;

import cn.npa.common.db.Jdbc;
import cn.npa.indicator.domain.assessment.InputSlot;
import cn.npa.indicator.domain.assessment.NodeScope;
import cn.npa.indicator.domain.figures.InstitutionKind;
import cn.npa.indicator.domain.figures.LoanFigures;
import cn.npa.indicator.domain.figures.NonCreditFigures;
import cn.npa.indicator.domain.figures.ObsFigures;
import cn.npa.indicator.domain.figures.PeerGroup;
import cn.npa.indicator.domain.intake.FigureSections;
import cn.npa.indicator.domain.intake.NodeLinks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads of single nodes and pages of nodes of a load, their figures at a run's inputs, and the trees the scope needs. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class NodeQueries {

    private static final String LINKS = "code, kind, parent_code, supervisor_code, head_office_code, peer_group, region_code";

    private final Jdbc jdbc;

    public NodeQueries(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<NodeLinks> node(long loadId, String code) {
        return jdbc.one("select " + LINKS + " from figure_node where load_id = ? and code = ?", NodeQueries::links, loadId, code);
    }

    /** The regulators of a load (a few hundred). */
    public List<NodeLinks> regulators(long loadId) {
        return jdbc.list("select " + LINKS + " from figure_node where load_id = ? and kind like 'REGULATOR%' order by code",
                NodeQueries::links, loadId);
    }

    /** Every node of one bank (its head office and all its branches). */
    public List<NodeLinks> bank(long loadId, String headOffice) {
        return jdbc.list("select " + LINKS + " from figure_node where load_id = ? and head_office_code = ? order by code",
                NodeQueries::links, loadId, headOffice);
    }

    /** The most recent load (by period end) in which a code appears, with its links there. */
    public Optional<NodeLinks> latestAppearance(String code) {
        return jdbc.one("select x.* from figure_load l cross join lateral (select " + LINKS + " from figure_node n where n.load_id = l.id"
                + " and n.code = ?) x order by l.period_end desc, l.figure_version desc, l.id desc limit 1", NodeQueries::links, code);
    }

    /** The id of the most recent load in which a code appears. */
    public Optional<Long> latestLoadOf(String code) {
        return jdbc.one("select l.id from figure_load l where exists (select 1 from figure_node n where n.load_id = l.id and n.code = ?)"
                + " order by l.period_end desc, l.figure_version desc, l.id desc limit 1", rs -> rs.getLong(1), code);
    }

    public List<NodeLinks> page(long loadId, NodeScope scope, InstitutionKind kind, PeerGroup group, int offset, int limit) {
        return page(loadId, scope, null, kind, group, offset, limit);
    }

    /**
     * A page of the nodes the scope lets the caller see, of the given kind and group; {@code within} (null: no filter) keeps
     * only the nodes those regulators supervise, and the regulators themselves: one jurisdiction instead of the country.
     */
    public List<NodeLinks> page(long loadId, NodeScope scope, List<String> within, InstitutionKind kind, PeerGroup group, int offset, int limit) {
        List<Object> args = new ArrayList<>();
        String where = where(loadId, scope, within, kind, group, args);
        args.add(limit);
        args.add(offset);
        return jdbc.list("select " + LINKS + " from figure_node where " + where + " order by code limit ? offset ?", NodeQueries::links,
                args.toArray());
    }

    public long count(long loadId, NodeScope scope, List<String> within, InstitutionKind kind, PeerGroup group) {
        List<Object> args = new ArrayList<>();
        String where = where(loadId, scope, within, kind, group, args);
        return jdbc.count("select count(*) from figure_node where " + where, args.toArray());
    }

    private static String where(long loadId, NodeScope scope, List<String> within, InstitutionKind kind, PeerGroup group, List<Object> args) {
        StringBuilder w = new StringBuilder("load_id = ?");
        args.add(loadId);
        if (within != null) {
            w.append(" and (supervisor_code = any(?) or code = any(?))");
            args.add(new Jdbc.TextArray(within));
            args.add(new Jdbc.TextArray(within));
        }
        if (kind != null) {
            w.append(" and kind = ?");
            args.add(kind.name());
        }
        if (group != null) {
            w.append(" and peer_group = ?");
            args.add(group.name());
        }
        if (!scope.all()) {
            if (scope.isBank()) {
                w.append(" and (code = any(?) or (kind = 'PEER_GROUP' and peer_group = ?))");
                args.add(new Jdbc.TextArray(scope.units()));
                args.add(scope.group() == null ? "" : scope.group().name());
            } else {
                w.append(" and (supervisor_code = any(?) or code = any(?) or kind = 'PEER_GROUP')");
                args.add(new Jdbc.TextArray(scope.supervisors()));
                args.add(new Jdbc.TextArray(scope.supervisors()));
            }
        }
        return w.toString();
    }

    /** The figures of the given codes at each input's load: slot -> code -> [first reported, restated or null]. */
    public Map<InputSlot, Map<String, FigureSections[]>> figures(Map<InputSlot, Long> loads, List<String> codes) {
        Map<InputSlot, Map<String, FigureSections[]>> out = new EnumMap<>(InputSlot.class);
        Map<Long, Map<String, FigureSections[]>> byLoad = new HashMap<>();
        jdbc.list("select load_id, code, f_total_loans, f_npl, f_cash, f_cash_ytd, f_nc_total, f_nc_npa, f_nc_loss, f_obs_balance,"
                + " f_obs_advances, restated, r_total_loans, r_npl, r_cash, r_cash_ytd, r_nc_total, r_nc_npa, r_nc_loss, r_obs_balance,"
                + " r_obs_advances from figure_node where load_id = any(?::bigint[]) and code = any(?)", rs -> {
                    FigureSections first = sections(rs, "f_");
                    FigureSections restated = rs.getBoolean("restated") ? sections(rs, "r_") : null;
                    byLoad.computeIfAbsent(rs.getLong("load_id"), k -> new HashMap<>()).put(rs.getString("code"),
                            new FigureSections[] {first, restated});
                    return 1;
                }, new Jdbc.TextArray(loads.values().stream().distinct().map(String::valueOf).toList()), new Jdbc.TextArray(codes));
        loads.forEach((slot, load) -> out.put(slot, byLoad.getOrDefault(load, Map.of())));
        return out;
    }

    private static FigureSections sections(ResultSet rs, String p) throws SQLException {
        BigDecimal total = rs.getBigDecimal(p + "total_loans");
        BigDecimal ncTotal = rs.getBigDecimal(p + "nc_total");
        BigDecimal obs = rs.getBigDecimal(p + "obs_balance");
        return new FigureSections(total == null ? null : new LoanFigures(total, rs.getBigDecimal(p + "npl"), rs.getBigDecimal(p + "cash"),
                rs.getBigDecimal(p + "cash_ytd")), ncTotal == null ? null : new NonCreditFigures(ncTotal, rs.getBigDecimal(p + "nc_npa"),
                rs.getBigDecimal(p + "nc_loss")), obs == null ? null : new ObsFigures(obs, rs.getBigDecimal(p + "obs_advances")));
    }

    static NodeLinks links(ResultSet rs) throws SQLException {
        String group = rs.getString("peer_group");
        return new NodeLinks(rs.getString("code"), InstitutionKind.valueOf(rs.getString("kind")), rs.getString("parent_code"),
                rs.getString("supervisor_code"), rs.getString("head_office_code"), group == null ? null : PeerGroup.valueOf(group),
                rs.getString("region_code"));
    }
}
