package cn.npa.report.service.analysis;

import cn.npa.report.repository.analysis.AnalysisRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/** The HTML and PDF of a stored build (of any kind): made on first request, stored beside the build and kept in memory. */
@ApplicationScoped
public class Renderings {

    private final AnalysisRepository documents;
    private final BuildCache cache;

    public Renderings(AnalysisRepository documents, BuildCache cache) {
        this.documents = documents;
        this.cache = cache;
    }

    /**
     * The build's JSON or HTML (by {@code format}, made by {@code bytes} when not kept) as sent: UTF-8, gzip-compressed
     * when {@code gzip}. A document is megabytes of text; compressed once and kept, a read writes a tenth of it.
     */
    public byte[] encoded(AnalysisService.Built b, String format, boolean gzip, Supplier<byte[]> bytes) {
        byte[] plain = cache.derived(b.id(), format + ".utf8", bytes);
        return gzip ? cache.derived(b.id(), format + ".gz", () -> Gzip.of(plain)) : plain;
    }

    /** The build's rendering in {@code format}: the stored or kept one, else made from {@code html} (and {@code pdf} of it). */
    public byte[] of(AnalysisService.Built b, AnalysisService.Format format, Supplier<String> html, Function<String, byte[]> pdf) {
        String column = format == AnalysisService.Format.PDF ? "pdf" : "html";
        Optional<byte[]> stored = cache.rendering(b.id(), column,
                () -> QuarkusTransaction.requiringNew().call(() -> documents.rendering(b.id(), column)));
        if (stored.isPresent()) {
            return stored.get();
        }
        String page = html.get();
        if (format == AnalysisService.Format.HTML) {
            QuarkusTransaction.requiringNew().run(() -> documents.storeHtml(b.id(), page));
            byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
            cache.put(b.id(), column, bytes);
            return bytes;
        }
        byte[] made = pdf.apply(page);
        QuarkusTransaction.requiringNew().run(() -> documents.storePdf(b.id(), made));
        cache.put(b.id(), column, made);
        return made;
    }
}
