package cn.npa.report.service.rollup;

import cn.npa.report.domain.figures.Figures;
import cn.npa.report.service.feed.FiguresReader;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The figures of stored filings, read once per event and kept per period while that period is in use: a recompute
 * during a filing wave parses only the filings that arrived since, and both bases share the figures of the versions
 * they have in common (most of them). Versions no longer used by either basis are dropped.
 */
@ApplicationScoped
public class ParsedFilings {

    private static final int CHUNK = 5000;

    private final ObjectMapper json;
    private final Map<String, Map<UUID, Figures>> byPeriod = new LinkedHashMap<>(16, 0.75f, true);

    public ParsedFilings(ObjectMapper json) {
        this.json = json;
    }

    /**
     * The figures of {@code wanted} events of the period; those not held yet are loaded with {@code load} (event id to
     * JSON text) and parsed on all cores. {@code keep} are the events either basis of the period uses now.
     */
    public Map<UUID, Figures> of(String period, Collection<UUID> wanted, Set<UUID> keep,
                                 Function<List<UUID>, Map<UUID, String>> load, int periodsKept) {
        Map<UUID, Figures> held;
        synchronized (byPeriod) {
            held = byPeriod.computeIfAbsent(period, p -> new ConcurrentHashMap<>());
            while (byPeriod.size() > periodsKept) {
                byPeriod.remove(byPeriod.keySet().iterator().next());
            }
        }
        // one computation of a period at a time: the other basis must not prune what this one is about to read
        synchronized (held) {
            List<UUID> missing = new ArrayList<>();
            for (UUID id : wanted) {
                if (!held.containsKey(id)) {
                    missing.add(id);
                }
            }
            // in chunks, so that a cold national period never holds every filing's text at once
            for (int from = 0; from < missing.size(); from += CHUNK) {
                load.apply(missing.subList(from, Math.min(missing.size(), from + CHUNK))).entrySet().parallelStream()
                        .forEach(e -> held.put(e.getKey(), FiguresReader.read(readTree(e.getValue()))));
            }
            Map<UUID, Figures> out = new java.util.HashMap<>(wanted.size() * 2);
            for (UUID id : wanted) {
                out.put(id, held.get(id));
            }
            held.keySet().retainAll(keep);
            return out;
        }
    }

    /**
     * Keeps the figures of a filing just received (read on the feed anyway) for a period already in use here, so a
     * recompute during a filing wave does not read and parse it again.
     */
    public void offer(String period, UUID event, Figures figures) {
        Map<UUID, Figures> held;
        synchronized (byPeriod) {
            held = byPeriod.get(period);
        }
        if (held != null) {
            held.putIfAbsent(event, figures);
        }
    }

    private com.fasterxml.jackson.databind.JsonNode readTree(String text) {
        try {
            return json.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException("a stored filing cannot be read", e);
        }
    }
}
