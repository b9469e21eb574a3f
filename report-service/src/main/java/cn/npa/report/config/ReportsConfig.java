package cn.npa.report.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;

/** Analysis documents (docs/reports.md): what counts as a major change, the length of top lists, prebuilding. */
@ConfigMapping(prefix = "npa.reports")
public interface ReportsConfig {

    /** Art. 8(1) highlights: when a change is major. */
    MajorChange majorChange();

    /** Rows of each top list (ties at the cut-off are added; each bureau decides, Art. 8(2)). */
    @WithDefault("10")
    int topN();

    /** How many recent builds a replica keeps in memory with their renderings (0: none; every read fetches the stored text). */
    @WithDefault("16")
    int cachedDocuments();

    /** Whether the regulators' documents of a period are built as soon as its rollups are refreshed. */
    @WithDefault("true")
    boolean prebuild();

    /**
     * The CJK TrueType font embedded in PDFs (a .ttf: PDFBox cannot embed a .ttc collection). Debian's
     * fonts-droid-fallback ships it; the build installs the package when the file is absent (docs/reports.md).
     */
    @WithDefault("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf")
    String pdfFont();

    /** A balance change above {@code rate} of its base or above {@code amount} yuan; a ratio change above {@code ratio-points}. */
    interface MajorChange {

        /** Share of the base (0.10 = 10%) above which a balance change is major. */
        @WithDefault("0.10")
        BigDecimal rate();

        /** Yuan above which a balance change is major whatever its share (default RMB 100 million). */
        @WithDefault("100000000")
        BigDecimal amount();

        /** Ratio move (a fraction: 0.02 = 2 percentage points, as Q1) above which a ratio change is major. */
        @WithDefault("0.02")
        BigDecimal ratioPoints();
    }
}
