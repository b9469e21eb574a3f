package cn.npa.submission.domain.intake;

import java.time.OffsetDateTime;

/** An explanation of a finding and where it comes from: given for this version, or carried forward from an earlier one. */
public record GivenExplanation(String text, int version, String givenBy, OffsetDateTime givenAt, boolean carriedForward) {
}
