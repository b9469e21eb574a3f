package cn.npa.submission.rest;

/** The body of a waiver: why the supervisor excuses the obligation. */
public record WaiverInput(String reason) {
}
