package cn.npa.report.repository.rollup;

import cn.npa.common.db.Jdbc;
import cn.npa.report.domain.rollup.Basis;
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

    /** One filing slot of the basis: its unit, the event carrying the version used, and that version (R6). */
    @FunctionalInterface
    public interface SlotSink {
        void accept(String institutionCode, UUID eventId, String submissionId, int version);
    }

    /** Each unit's filing of the period on the basis (its first accepted version, or its latest), without the filing. */
    public void slots(String period, List<String> reportTypes, Basis basis, SlotSink sink) {
        String event = basis == Basis.AS_FIRST_REPORTED ? "first_event_id" : "latest_event_id";
        String version = basis == Basis.AS_FIRST_REPORTED ? "first_version" : "latest_version";
        jdbc.forEach("select institution_code, " + event + ", submission_id, " + version + " from statement_slot"
                + " where period = ? and report_type = any(cast(? as text[]))", FETCH,
                rs -> sink.accept(rs.getString(1), rs.getObject(2, UUID.class), rs.getString(3), rs.getInt(4)),
                period, new Jdbc.TextArray(reportTypes));
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

    /** The latest known obligation status of every expected filer of the period. */
    public Map<String, ObligationStatus> obligations(String period, List<String> reportTypes) {
        Map<String, ObligationStatus> out = new HashMap<>();
        jdbc.forEach("select institution_code, status from obligation_status where period = ? and report_type = any(cast(? as text[]))",
                FETCH, rs -> out.put(rs.getString(1), ObligationStatus.valueOf(rs.getString(2))),
                period, new Jdbc.TextArray(reportTypes));
        return out;
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
