package cn.npa.report.domain.feed;

/** What became of one event of a feed call (docs/feed.md). */
public enum FeedOutcome {
    /** New, committed. */
    STORED,
    /** Received before; nothing changed. */
    DUPLICATE,
    /** Unreadable; nothing stored, the sender tries again later. */
    REJECTED
}
