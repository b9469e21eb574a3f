package cn.npa.submission.domain.outbox;

/** A parked event and its payload as it is sent (with its version's filing under {@code figures.filing}), as JSON text. */
public record DeadLetterPayload(DeadLetter letter, String payload) {
}
