package cn.npa.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A service's dynamic class-data archive (AppCDS) in the run folder: the JVM writes it when the service stops after a
 * run without one, and maps it at the next start, so the classes of Quarkus and the libraries are not loaded and
 * verified again. An archive older than the service's jar is written anew (a rebuilt jar makes the old one unusable;
 * {@code -Xshare:auto}, the JVM's default, then starts without it, never fails).
 */
record ClassDataArchive(Path file, Path jar) {

    /** The JVM options of the next start: use the archive when it is current, otherwise write it at exit. */
    List<String> options() {
        if (current()) {
            return List.of("-XX:SharedArchiveFile=" + file, "-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
        }
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
        } catch (IOException e) {
            return List.of(); // no archive this time; the service starts as it would without one
        }
        // the JVM's warnings about classes it cannot archive (hundreds of lines) stay out of the service's log
        return List.of("-XX:ArchiveClassesAtExit=" + file, "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
    }

    /** The archive was written after the jar it was made from. */
    boolean current() {
        try {
            return Files.exists(file) && Files.size(file) > 0
                    && Files.getLastModifiedTime(file).compareTo(Files.getLastModifiedTime(jar)) > 0;
        } catch (IOException e) {
            return false;
        }
    }
}
