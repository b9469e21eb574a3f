package cn.npa.indicator.rest;

import java.time.LocalDate;

/** A supervisor's flag (K4): the unit, why, and the date it refers to (default: today). */
public record FlagInput(String unitCode, String reason, LocalDate flaggedOn) {
}
