package cn.npa.report.repository.analysis;

import cn.npa.common.db.Jdbc;
import cn.npa.report.domain.assessment.AssessmentInputs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What an assessment report reads besides the rollups: the quarter's obligation statuses and the amendments' reasons. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AssessmentTextsRepository {

    private final Jdbc jdbc;

    public AssessmentTextsRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** The latest known obligation status of every slot of the period of these institutions (Art. 20, 23). */
    public List<AssessmentInputs.FilerStatus> statuses(String period, Collection<String> institutions) {
        return jdbc.list("select institution_code, report_type, status, due_date, days_late from obligation_status"
                        + " where period = ? and institution_code = any(cast(? as text[])) order by institution_code, report_type",
                rs -> new AssessmentInputs.FilerStatus(rs.getString(1), rs.getString(2), rs.getString(3), Jdbc.date(rs, "due_date"),
                        rs.getInt(5)), period, new Jdbc.TextArray(List.copyOf(institutions)));
    }

    /** {@code header.amendmentReason} of these versions (submission id and version each), by submission id and version. */
    public Map<String, String> amendmentReasons(List<String> submissionIds, List<Integer> versions) {
        Map<String, String> out = new TreeMap<>();
        if (submissionIds.isEmpty()) {
            return out;
        }
        jdbc.list("select a.submission_id, a.version, a.figures -> 'filing' -> 'header' ->> 'amendmentReason'"
                        + " from accepted_statement a join unnest(cast(? as text[]), cast(? as int[])) as k(s, v)"
                        + " on a.submission_id = k.s and a.version = k.v",
                rs -> out.put(rs.getString(1) + "#" + rs.getInt(2), rs.getString(3)),
                new Jdbc.TextArray(submissionIds), new Jdbc.TextArray(versions.stream().map(String::valueOf).toList()));
        return out;
    }
}
