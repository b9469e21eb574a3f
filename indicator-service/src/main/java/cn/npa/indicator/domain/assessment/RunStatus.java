package cn.npa.indicator.domain.assessment;

/** A run is computed, then possibly published; it never changes either way, and a later amendment makes a new run. */
public enum RunStatus {
    COMPUTED, PUBLISHED
}
