package cn.npa.report.service.analysis;

import cn.npa.report.config.ReportsConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The texts and renderings of recent document builds, kept in memory by build id. A stored build never changes (a new
 * build gets a new id; a rendering is written once), so any replica may serve its copy for as long as it keeps it: a
 * read then costs the inputs-key check, not the fetch of a document of megabytes (docs/benchmarks.md, issue 13).
 * Bounded, the least recently read dropped first; {@code npa.reports.cached-documents=0} turns it off.
 */
@ApplicationScoped
public class BuildCache {

    private final int capacity;
    private final Map<String, Object> entries;

    @jakarta.inject.Inject
    public BuildCache(ReportsConfig config) {
        this(config.cachedDocuments());
    }

    /** A cache of the texts and renderings of at most {@code capacity} builds. */
    BuildCache(int capacity) {
        this.capacity = capacity;
        // six entries per build at most: its JSON text, its JSON and HTML as sent (UTF-8, gzip), and its PDF
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
                return size() > 6 * capacity;
            }
        };
    }

    /** The build's JSON text, fetched by {@code load} when not kept. */
    public String json(long id, Supplier<String> load) {
        Object kept = get(id, "json");
        if (kept != null) {
            return (String) kept;
        }
        String text = load.get();
        put(id, "json", text);
        return text;
    }

    /** The build's rendering in a format ("html" or "pdf"), fetched by {@code load} when not kept; empty if not made yet. */
    public Optional<byte[]> rendering(long id, String format, Supplier<Optional<byte[]>> load) {
        Object kept = get(id, format);
        if (kept != null) {
            return Optional.of((byte[]) kept);
        }
        Optional<byte[]> stored = load.get();
        stored.ifPresent(b -> put(id, format, b));
        return stored;
    }

    /** Bytes derived from a build ({@code what} names them, e.g. "json.gz"), made by {@code make} when not kept. */
    public byte[] derived(long id, String what, Supplier<byte[]> make) {
        Object kept = get(id, what);
        if (kept != null) {
            return (byte[]) kept;
        }
        byte[] made = make.get();
        put(id, what, made);
        return made;
    }

    /** Keeps what a build just stored ("json", "html" or "pdf"). */
    public synchronized void put(long id, String what, Object value) {
        if (capacity > 0) {
            entries.put(id + ":" + what, value);
        }
    }

    private synchronized Object get(long id, String what) {
        return entries.get(id + ":" + what);
    }
}
