package cn.npa.submission.client;

import cn.npa.submission.domain.outbox.Refusal;
import java.util.List;

/**
 * What one feed call came back with: the HTTP status and, for a 200, one outcome per event (in the order sent); for
 * any other status, what the receiver said (its problem+json title, detail and rule ids, when it gave them).
 */
public record FeedAnswer(int status, List<FeedOutcome> results, Refusal refusal) {
}
