package cn.npa.report.repository.analysis;

import cn.npa.common.db.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What analysis documents read from the stored filings besides the rollups: narratives, amendments, history points. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class FilingTextsRepository {

    private static final String NPL = "(select sum(coalesce((f -> 'filing' -> 'loans' -> 'grades' ->> g)::numeric, 0))"
            + " from unnest(array['substandard', 'doubtful', 'loss']) g)";
    private static final String NPA = "(f -> 'filing' -> 'nonCredit' -> 'total' ->> 'npa')::numeric";

    private final Jdbc jdbc;

    public FilingTextsRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** A version's narrative section as stored (JSON text). */
    public record Narrative(String institutionCode, String submissionId, int version, String json) {
    }

    /** The narratives of these versions (submission id and version each), where they carry one. */
    public List<Narrative> narratives(List<String> submissionIds, List<Integer> versions) {
        if (submissionIds.isEmpty()) {
            return List.of();
        }
        return jdbc.list("select a.institution_code, a.submission_id, a.version, (a.figures -> 'filing' -> 'narrative')::text"
                        + " from accepted_statement a join unnest(cast(? as text[]), cast(? as int[])) as k(s, v)"
                        + " on a.submission_id = k.s and a.version = k.v where a.figures -> 'filing' -> 'narrative' is not null"
                        + " order by a.institution_code",
                rs -> new Narrative(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4)),
                new Jdbc.TextArray(submissionIds), new Jdbc.TextArray(versions.stream().map(String::valueOf).toList()));
    }

    /** The latest accepted version of a regulator's own filing of a type for the period (its narrative and evaluation). */
    public Optional<Narrative> ownFiling(String code, String reportType, String period) {
        return jdbc.one("select s.institution_code, s.submission_id, s.latest_version, (a.figures -> 'filing' -> 'narrative')::text"
                        + " from statement_slot s join accepted_statement a on a.event_id = s.latest_event_id"
                        + " where s.institution_code = ? and s.report_type = ? and s.period = ?",
                rs -> new Narrative(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4)), code, reportType, period);
    }

    /** A slot whose latest version replaced an earlier one, with NPL and non-credit NPA of both versions. */
    public record Amended(String institutionCode, String reportType, String period, String submissionId, int replacedVersion,
                          int version, BigDecimal nplBefore, BigDecimal nplAfter, BigDecimal npaBefore, BigDecimal npaAfter) {
    }

    /** The amended slots of these units in these periods: the latest version against the version just before it. */
    public List<Amended> amendments(Collection<String> periods, Collection<String> reportTypes, Collection<String> units) {
        if (units.isEmpty()) {
            return List.of();
        }
        List<Amended> out = new ArrayList<>();
        jdbc.forEach("select s.institution_code, s.report_type, s.period, s.submission_id, r.version, s.latest_version,"
                        + " " + NPL.replace("f ->", "r.figures ->") + ", " + NPL.replace("f ->", "l.figures ->") + ","
                        + " " + NPA.replace("f ->", "r.figures ->") + ", " + NPA.replace("f ->", "l.figures ->")
                        + " from statement_slot s join accepted_statement l on l.event_id = s.latest_event_id"
                        + " join lateral (select * from accepted_statement x where x.submission_id = s.submission_id"
                        + " and x.version < s.latest_version order by x.version desc limit 1) r on true"
                        + " where s.period = any(cast(? as text[])) and s.report_type = any(cast(? as text[]))"
                        + " and s.institution_code = any(cast(? as text[])) and s.latest_version > s.first_version"
                        + " order by s.period, s.institution_code", 500,
                rs -> out.add(new Amended(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                        rs.getInt(6), rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getBigDecimal(9), rs.getBigDecimal(10))),
                new Jdbc.TextArray(List.copyOf(periods)), new Jdbc.TextArray(List.copyOf(reportTypes)), new Jdbc.TextArray(List.copyOf(units)));
        return out;
    }

    /** A node's headline figures of a period, as kept for projections. */
    public record HistoryPoint(String period, String inputsKey, BigDecimal npl, BigDecimal nplRatio, BigDecimal npa,
                               BigDecimal advances) {
    }

    public Map<String, HistoryPoint> history(String node, Collection<String> periods) {
        Map<String, HistoryPoint> out = new java.util.HashMap<>();
        jdbc.forEach("select period, inputs_key, npl, npl_ratio, npa, advances from analysis_history where node_code = ?"
                        + " and period = any(cast(? as text[]))", 100,
                rs -> out.put(rs.getString(1), new HistoryPoint(rs.getString(1), rs.getString(2), rs.getBigDecimal(3),
                        rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getBigDecimal(6))), node, new Jdbc.TextArray(List.copyOf(periods)));
        return out;
    }

    public void storeHistory(String node, HistoryPoint p) {
        jdbc.update("insert into analysis_history (node_code, period, inputs_key, npl, npl_ratio, npa, advances)"
                        + " values (?, ?, ?, ?, ?, ?, ?) on conflict (node_code, period) do update set inputs_key = excluded.inputs_key,"
                        + " npl = excluded.npl, npl_ratio = excluded.npl_ratio, npa = excluded.npa, advances = excluded.advances",
                node, p.period(), p.inputsKey(), p.npl(), p.nplRatio(), p.npa(), p.advances());
    }
}
