package cn.npa.report.service.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The in-memory copies of stored builds: fetched once, bounded, off at 0, never a rendering that was not made. */
class BuildCacheTest {

    @Test
    @DisplayName("R6: a stored build's text is fetched once and then served as stored, the same text")
    void aBuildsTextIsFetchedOnce() {
        BuildCache cache = new BuildCache(2);
        AtomicInteger fetches = new AtomicInteger();
        assertEquals("{\"id\":1}", cache.json(1, () -> "{\"id\":1}" + (fetches.incrementAndGet() > 1 ? "again" : "")));
        assertEquals("{\"id\":1}", cache.json(1, () -> "{\"id\":1}" + (fetches.incrementAndGet() > 1 ? "again" : "")));
        assertEquals(1, fetches.get());
    }

    @Test
    void theLeastRecentlyReadBuildsGoFirstBeyondTheBound() {
        BuildCache cache = new BuildCache(1);
        cache.put(1, "json", "one");
        cache.put(1, "pdf", new byte[] {1});
        cache.put(1, "html", new byte[] {2});
        cache.put(1, "json.utf8", new byte[] {3});
        cache.put(1, "json.gz", new byte[] {4});
        cache.put(1, "html.gz", new byte[] {5});
        cache.put(2, "json", "two");
        AtomicInteger fetches = new AtomicInteger();
        assertEquals("two", cache.json(2, () -> "fetched" + fetches.incrementAndGet()));
        // six entries per build: build 1's JSON, its oldest, made room for build 2's
        assertEquals("fetched1", cache.json(1, () -> "fetched" + fetches.incrementAndGet()));
    }

    @Test
    void aRenderingNotMadeYetIsNotKeptAndZeroKeepsNothing() {
        BuildCache cache = new BuildCache(4);
        assertTrue(cache.rendering(7, "pdf", Optional::empty).isEmpty());
        assertArrayEquals(new byte[] {9}, cache.rendering(7, "pdf", () -> Optional.of(new byte[] {9})).orElseThrow());
        assertArrayEquals(new byte[] {9}, cache.rendering(7, "pdf", () -> Optional.of(new byte[] {8})).orElseThrow());
        assertArrayEquals(new byte[] {6}, cache.derived(7, "json.gz", () -> new byte[] {6}));
        assertArrayEquals(new byte[] {6}, cache.derived(7, "json.gz", () -> new byte[] {5}));
        BuildCache off = new BuildCache(0);
        off.put(1, "json", "kept?");
        assertEquals("fetched", off.json(1, () -> "fetched"));
    }
}
