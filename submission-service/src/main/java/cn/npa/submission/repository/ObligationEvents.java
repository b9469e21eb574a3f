package cn.npa.submission.repository;

import cn.npa.common.time.Shanghai;
import cn.npa.common.web.RequestIds;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The feed's {@code OBLIGATION_STATUS} events (docs/feed.md) as SQL: written into the outbox by the statement that
 * creates or changes the obligations, set-based, each with the next {@code obligation_revision}. MAJOR_CHANGE obligations
 * announce nothing.
 */
final class ObligationEvents {

    static final String TYPE = "OBLIGATION_STATUS";
    /** The columns a source of events has (named so by its alias): the obligation's key, its status, due date and days late. */
    static final String VALUES = "(values (cast(? as varchar), cast(? as varchar), cast(? as varchar), cast(? as varchar),"
            + " cast(? as date), cast(? as integer))) as s(institution_code, report_type, period, status, due_date, days_late)";

    private ObligationEvents() {
    }

    /**
     * An insert of one event per row of {@code source}, a from-item aliased {@code s} with the columns of {@link #VALUES}
     * (e.g. {@code "marked s"}). Its first four parameters are those of {@link #parameters(Instant)}.
     */
    static String insertFrom(String source) {
        return insertFrom(source, "");
    }

    /** {@link #insertFrom(String)} for the rows of {@code source} that also meet {@code condition} ({@code "and …"}, on {@code s}). */
    static String insertFrom(String source, String condition) {
        return "insert into outbox (id, event_type, payload, request_id, created_at, next_attempt_at)"
                + " select e.id, '" + TYPE + "', jsonb_build_object('eventId', e.id::text, 'eventType', '" + TYPE + "',"
                + " 'institutionCode', e.institution_code, 'reportType', e.report_type, 'period', e.period, 'status', e.status,"
                + " 'dueDate', to_char(e.due_date, 'YYYY-MM-DD'), 'daysLate', e.days_late,"
                + " 'revision', nextval('obligation_revision'), 'changedAt', cast(? as text)),"
                + " cast(? as varchar), cast(? as timestamptz), cast(? as timestamptz)"
                + " from (select gen_random_uuid() as id, s.institution_code, s.report_type, s.period, s.status, s.due_date, s.days_late"
                + " from " + source + " where s.report_type <> 'MAJOR_CHANGE' " + condition + ") e";
    }

    /** The parameters of {@link #insertFrom(String)}: the change's time (Shanghai, ISO), the request id, created and due at. */
    static List<Object> parameters(Instant at) {
        OffsetDateTime time = OffsetDateTime.ofInstant(at, Shanghai.ZONE);
        List<Object> out = new ArrayList<>(4);
        Collections.addAll(out, time.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), RequestIds.current(), time, time);
        return out;
    }
}
