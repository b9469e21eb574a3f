package cn.npa.report.repository.rollup;

import cn.npa.common.db.Jdbc;
import cn.npa.report.domain.rollup.ObligationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.Collection;

/** What a period's rollup is computed from: the filings of either baseline, obligation statuses, revisions. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class RollupInputsRepository {

    private static final int FETCH = 2000;

    private final Jdbc jdbc;

    public RollupInputsRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** A unit's filing slot on both bases (R6: the versions behind its figures). */
    @FunctionalInterface
    public interface SlotSink {
        void accept(String institutionCode, String submissionId, UUID firstEvent, int firstVersion, UUID latestEvent, int latestVersion);
    }

    /** The slots of the period written after revision {@code since} (all of them for -1), without the filings. */
    public void slotChanges(String period, List<String> reportTypes, long since, SlotSink sink) {
        jdbc.forEach("select institution_code, submission_id, first_event_id, first_version, latest_event_id, latest_version"
                + " from statement_slot where period = ? and report_type = any(cast(? as text[])) and feed_revision > ?", FETCH,
                rs -> sink.accept(rs.getString(1), rs.getString(2), rs.getObject(3, UUID.class), rs.getInt(4),
                        rs.getObject(5, UUID.class), rs.getInt(6)),
                period, new Jdbc.TextArray(reportTypes), since);
    }

    /** Streams the filings (JSON text, as stored) carried by these events. */
    public void filings(Collection<UUID> eventIds, java.util.function.BiConsumer<UUID, String> sink) {
        jdbc.forEach("select event_id, (figures -> 'filing')::text from accepted_statement where event_id = any(cast(? as uuid[]))",
                FETCH, rs -> sink.accept(rs.getObject(1, UUID.class), rs.getString(2)),
                new Jdbc.TextArray(eventIds.stream().map(UUID::toString).toList()));
    }

    /** Each unit's latest total loans of the period (restated basis): the previous period's base of a loan share. */
    public Map<String, BigDecimal> totalLoans(String period, List<String> reportTypes) {
        Map<String, BigDecimal> out = new HashMap<>();
        // the sum of the five grades: a filing's stated totalLoans is optional (docs/filing-format.md), its grades are not
        jdbc.forEach("select s.institution_code, (select sum(g.value::numeric) from jsonb_each_text(a.figures -> 'filing' -> 'loans' -> 'grades') g)"
                + " from statement_slot s join accepted_statement a on a.event_id = s.latest_event_id"
                + " where s.period = ? and s.report_type = any(cast(? as text[]))", FETCH,
                rs -> {
                    BigDecimal v = rs.getBigDecimal(2);
                    if (v != null) {
                        out.put(rs.getString(1), v);
                    }
                }, period, new Jdbc.TextArray(reportTypes));
        return out;
    }

    /** The latest known obligation statuses of the period written after revision {@code since} (all of them for -1). */
    public void obligationChanges(String period, List<String> reportTypes, long since,
                                  java.util.function.BiConsumer<String, ObligationStatus> sink) {
        jdbc.forEach("select institution_code, status from obligation_status where period = ? and report_type = any(cast(? as text[]))"
                        + " and feed_revision > ?", FETCH,
                rs -> sink.accept(rs.getString(1), ObligationStatus.valueOf(rs.getString(2))),
                period, new Jdbc.TextArray(reportTypes), since);
    }

    /** The inputs revision of each of these periods (0 when nothing arrived for it yet); '*' is the register's stamp. */
    public Map<String, Long> revisions(List<String> periods) {
        Map<String, Long> out = new HashMap<>();
        periods.forEach(p -> out.put(p, 0L));
        jdbc.forEach("select period, revision from period_revision where period = any(cast(? as text[]))", FETCH,
                rs -> out.put(rs.getString(1), rs.getLong(2)), new Jdbc.TextArray(periods));
        return out;
    }

    /** The inputs revision of every period that has inputs (a row per period: a few hundred at most; the register's '*' excluded). */
    public Map<String, Long> periodRevisions() {
        Map<String, Long> out = new HashMap<>();
        jdbc.forEach("select period, revision from period_revision where period <> '*'", FETCH,
                rs -> out.put(rs.getString(1), rs.getLong(2)));
        return out;
    }

}
