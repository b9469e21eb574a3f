package cn.npa.embedded;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Optional;
import java.util.Properties;

/**
 * What a finished demo load wrote to the run folder (its seed and last month), so a later run with the data kept can
 * show the same demo's examples; written only after the last filing, so its absence with a register present means the
 * load was interrupted.
 */
record DemoRecord(long seed, YearMonth lastMonth, int filed) {

    static Optional<DemoRecord> read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return Optional.of(new DemoRecord(Long.parseLong(p.getProperty("seed")), YearMonth.parse(p.getProperty("last-month")),
                Integer.parseInt(p.getProperty("filed", "0"))));
    }

    void write(Path file) throws IOException {
        Properties p = new Properties();
        p.setProperty("seed", Long.toString(seed));
        p.setProperty("last-month", lastMonth.toString());
        p.setProperty("filed", Integer.toString(filed));
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            p.store(out, "demo loaded by the embedded run; delete the run folder's pgdata/ with it (or run with --fresh)");
        }
    }
}
