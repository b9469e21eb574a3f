package cn.npa.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When a service maps its class-data archive and when the JVM writes it anew. */
class ClassDataArchiveTest {

    @TempDir
    Path dir;

    @Test
    void withoutAnArchiveTheJvmWritesOneAtExit() throws Exception {
        Path jar = Files.writeString(dir.resolve("quarkus-run.jar"), "jar");
        ClassDataArchive archive = new ClassDataArchive(dir.resolve("class-data/s.jsa"), jar);
        assertEquals("-XX:ArchiveClassesAtExit=" + archive.file(), archive.options().get(0));
        assertFalse(archive.current());
    }

    @Test
    void anArchiveWrittenAfterTheJarIsMapped() throws Exception {
        Path jar = at(Files.writeString(dir.resolve("quarkus-run.jar"), "jar"), "2026-12-01T00:00:00Z");
        Path file = at(Files.writeString(dir.resolve("s.jsa"), "archive"), "2026-12-02T00:00:00Z");
        assertEquals(List.of("-XX:SharedArchiveFile=" + file, "-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off"),
                new ClassDataArchive(file, jar).options());
    }

    @Test
    void anArchiveOlderThanARebuiltJarIsDeletedAndWrittenAgain() throws Exception {
        Path file = at(Files.writeString(dir.resolve("s.jsa"), "archive"), "2026-12-01T00:00:00Z");
        Path jar = at(Files.writeString(dir.resolve("quarkus-run.jar"), "rebuilt"), "2026-12-02T00:00:00Z");
        assertEquals("-XX:ArchiveClassesAtExit=" + file, new ClassDataArchive(file, jar).options().get(0));
        assertFalse(Files.exists(file), "a stale archive is removed so the JVM can write the new one");
    }

    private static Path at(Path p, String instant) throws Exception {
        return Files.setLastModifiedTime(p, FileTime.from(Instant.parse(instant)));
    }
}
