package cn.npa.submission.domain.intake;

import java.time.OffsetDateTime;

/** A version in a submission's history, with where to read it. */
public record VersionEntry(int version, OffsetDateTime receivedAt, String verdict, boolean majorAdjustment, String amendmentReason, String location) {
}
