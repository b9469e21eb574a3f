package cn.npa.submission.domain.register;

/** What an import did: rows received, inserted, changed, and left as they were. */
public record ImportSummary(int received, int inserted, int updated, int unchanged, long millis) {
}
