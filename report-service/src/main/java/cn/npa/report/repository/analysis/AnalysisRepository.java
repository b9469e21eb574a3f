package cn.npa.report.repository.analysis;

import cn.npa.common.db.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Optional;

/** Stored analysis documents (every build kept) and their renderings. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AnalysisRepository {

    private final Jdbc jdbc;

    public AnalysisRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored build without its text: what a read compares with the current inputs before it serves. */
    public record Head(long id, String inputsKey, boolean provisional, OffsetDateTime builtAt) {
    }

    /** The latest build's head (no document text) of the node's document of the kind for the period. */
    public Optional<Head> head(String node, String period, String kind) {
        return jdbc.one("select id, inputs_key, provisional, built_at from analysis_document"
                        + " where node_code = ? and period = ? and kind = ? order by id desc limit 1",
                rs -> new Head(rs.getLong(1), rs.getString(2), rs.getBoolean(3), Jdbc.time(rs, "built_at")), node, period, kind);
    }

    /** The JSON text of a stored build. */
    public String document(long id) {
        return jdbc.one("select document from analysis_document where id = ?", rs -> rs.getString(1), id).orElseThrow();
    }

    /** Stores a new build; returns its id. */
    public long store(String node, String period, String kind, String inputsKey, boolean provisional, OffsetDateTime at,
                      String document) {
        return jdbc.one("insert into analysis_document (node_code, period, kind, inputs_key, provisional, built_at, document)"
                + " values (?, ?, ?, ?, ?, ?, ?) returning id", rs -> rs.getLong(1), node, period, kind, inputsKey, provisional, at,
                document).orElseThrow();
    }

    /** The stored rendering of a build in a format ("html" or "pdf"), if made. */
    public Optional<byte[]> rendering(long id, String format) {
        String column = format.equals("pdf") ? "pdf" : "convert_to(html, 'UTF8')";
        // a build not rendered yet has a null column: Optional.of would refuse it, so nulls are filtered from the list
        return jdbc.list("select " + column + " from analysis_document where id = ?", rs -> rs.getBytes(1), id).stream()
                .filter(java.util.Objects::nonNull).findFirst();
    }

    public void storeHtml(long id, String html) {
        jdbc.update("update analysis_document set html = ? where id = ?", html, id);
    }

    public void storePdf(long id, byte[] pdf) {
        jdbc.update("update analysis_document set pdf = ? where id = ?", pdf, id);
    }

    /** Nodes that have a document of the kind for the period (rebuilt when the period's rollups change). */
    public java.util.List<String> nodesWithDocuments(String period, String kind) {
        return jdbc.list("select distinct node_code from analysis_document where period = ? and kind = ? order by node_code",
                rs -> rs.getString(1), period, kind);
    }

    /** Serialises builds of one document across replicas until the transaction ends. */
    public void lock(String node, String period, String kind) {
        jdbc.lock("analysis:" + node + ":" + period + ":" + kind);
    }
}
