package cn.npa.indicator.domain.intake;

/**
 * What an intake did: STORED a new (period, figure version), or found it UNCHANGED (the same content was received
 * before; nothing was written). {@code current}: whether this version is now the period's highest.
 */
public record IntakeReceipt(Outcome outcome, FigureLoad load, long millis) {

    /** Whether the intake wrote anything. */
    public enum Outcome { STORED, UNCHANGED }
}
