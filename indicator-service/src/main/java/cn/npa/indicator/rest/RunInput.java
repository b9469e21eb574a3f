package cn.npa.indicator.rest;

/** A request for an assessment run, e.g. {@code {"period": "2026-01", "regulatorCode": "BUR-440000"}}; the regulator defaults to the CBRC. */
public record RunInput(String period, String regulatorCode) {
}
