package cn.npa.submission.repository.register;

/** Fired in the transaction of every register change, so that the in-memory index is rebuilt once it commits. */
public record RegisterChanged() {
}
