package cn.npa.report.service.feed;

import cn.npa.report.domain.AcceptedStatement;
import cn.npa.report.domain.feed.FeedOutcome;
import cn.npa.report.domain.feed.ObligationStatusEvent;
import cn.npa.report.domain.figures.Figures;
import cn.npa.report.repository.feed.FeedRepository;
import cn.npa.report.service.rollup.ParsedFilings;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Stores the events of one feed call in one transaction (docs/feed.md): new events are stored, events seen before
 * change nothing, unreadable ones are refused with their reasons. Every period whose inputs changed gets a new revision,
 * which tells cached rollups they are stale.
 */
@ApplicationScoped
public class FeedService {

    private static final Logger LOG = Logger.getLogger(FeedService.class);

    private final FeedRepository feed;
    private final ParsedFilings parsed;
    private final ObjectMapper json;
    private final Clock clock;

    public FeedService(FeedRepository feed, ParsedFilings parsed, ObjectMapper json, Clock clock) {
        this.feed = feed;
        this.parsed = parsed;
        this.json = json;
        this.clock = clock;
    }

    /** Stores what is new among {@code events}; one result per event, in order. */
    @Transactional
    public List<FeedResult> receive(List<FeedEvent> events) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<FeedEvent> readable = new ArrayList<>();
        Set<UUID> seenInCall = new HashSet<>();
        for (FeedEvent e : events) {
            if (!(e instanceof FeedEvent.Rejected) && seenInCall.add(e.eventId())) {
                readable.add(e);
            }
        }
        Set<UUID> fresh = readable.isEmpty() ? Set.of()
                : feed.claimNew(readable.stream().map(FeedEvent::eventId).toList(), readable.stream().map(FeedService::type).toList(), now);
        List<AcceptedStatement> statements = new ArrayList<>();
        Map<UUID, Figures> figures = new HashMap<>();
        List<ObligationStatusEvent> obligations = new ArrayList<>();
        Set<String> periods = new HashSet<>();
        long registerVersion = -1;
        for (FeedEvent e : readable) {
            if (!fresh.contains(e.eventId())) {
                continue;
            }
            if (e instanceof FeedEvent.Statement s) {
                statements.add(s.statement());
                figures.put(s.eventId(), s.figures());
            } else if (e instanceof FeedEvent.Obligation o) {
                obligations.add(o.event());
            } else if (e instanceof FeedEvent.Register r) {
                registerVersion = Math.max(registerVersion, r.event().registerVersion());
            }
        }
        // the same version under another event id (sent by an older relay, say) is a duplicate, not a second version
        Set<String> known = statements.isEmpty() ? Set.of() : feed.storedVersions(statements);
        Set<String> versionsInCall = new HashSet<>(known);
        List<AcceptedStatement> newStatements = statements.stream()
                .filter(s -> versionsInCall.add(s.submissionId() + "#" + s.version())).toList();
        Set<UUID> stored = new HashSet<>();
        newStatements.forEach(s -> periods.add(s.period()));
        obligations.forEach(o -> periods.add(o.period()));
        // written out before the periods' revisions are drawn: drawing locks them until this call commits, and feed calls
        // in parallel (the relay's lanes) should wait for each other as briefly as possible
        List<String> texts = newStatements.stream().map(this::text).toList();
        // the periods' revisions are drawn before anything is written (FeedRepository.touch says why)
        Map<String, Long> revisions = feed.touch(periods, now);
        if (!newStatements.isEmpty()) {
            feed.storeStatements(newStatements, texts, now, revisions);
            newStatements.forEach(s -> {
                stored.add(s.eventId());
                parsed.offer(s.period(), s.eventId(), figures.get(s.eventId()));
            });
        }
        if (!obligations.isEmpty()) {
            feed.storeObligations(obligations, revisions);
            obligations.forEach(o -> stored.add(o.eventId()));
        }
        if (registerVersion >= 0) {
            feed.registerVersion(registerVersion);
            feed.touchAll(now);
            readable.stream().filter(e -> e instanceof FeedEvent.Register && fresh.contains(e.eventId()))
                    .forEach(e -> stored.add(e.eventId()));
        }
        List<FeedResult> results = new ArrayList<>(events.size());
        for (FeedEvent e : events) {
            if (e instanceof FeedEvent.Rejected r) {
                results.add(new FeedResult(r.eventId(), FeedOutcome.REJECTED, r.errors()));
            } else if (stored.remove(e.eventId())) {
                results.add(new FeedResult(e.eventId(), FeedOutcome.STORED, List.of()));
            } else {
                results.add(new FeedResult(e.eventId(), FeedOutcome.DUPLICATE, List.of()));
            }
        }
        LOG.debugf("feed call: %d events, %d statements, %d obligation statuses stored", events.size(), newStatements.size(),
                obligations.size());
        return results;
    }

    private static String type(FeedEvent e) {
        if (e instanceof FeedEvent.Obligation) {
            return "OBLIGATION_STATUS";
        }
        return e instanceof FeedEvent.Register ? "REGISTER_CHANGED" : "STATEMENT_ACCEPTED";
    }

    private String text(AcceptedStatement s) {
        try {
            return json.writeValueAsString(s.figures());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("figures of event " + s.eventId() + " cannot be written", e);
        }
    }
}
