package cn.npa.submission.rest;

/** The body of the PUT that explains a finding: the filer's text. */
public record ExplanationInput(String text) {
}
