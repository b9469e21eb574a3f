package cn.npa.report.service.analysis;

import cn.npa.report.config.ReportsConfig;
import cn.npa.report.domain.analysis.AnalysisDocument;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;

/**
 * Renders an analysis document for people: XHTML from the Qute template {@code templates/analysis.html} (Chinese and
 * English headings, tables, the projection as a table) and a PDF of that page with openhtmltopdf, embedding a CJK
 * TrueType font so that Chinese text is drawn and can be extracted again.
 */
@ApplicationScoped
public class AnalysisRenderer {

    private final Template template;
    private final File font;

    public AnalysisRenderer(@Location("analysis.html") Template template, ReportsConfig config) {
        this.template = template;
        this.font = new File(config.pdfFont());
    }

    public String html(AnalysisDocument doc) {
        return template.data("doc", doc).render();
    }

    public byte[] pdf(String html) {
        if (!font.canRead()) {
            // a deployment without the font would print empty boxes for every Chinese character: refuse instead
            throw new IllegalStateException("the CJK font " + font + " is not installed (docs/reports.md)");
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(font, "cjk");
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("the PDF could not be rendered", e);
        }
    }
}
