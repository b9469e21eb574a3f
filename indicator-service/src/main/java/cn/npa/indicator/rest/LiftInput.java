package cn.npa.indicator.rest;

/** Why a flag is lifted. */
public record LiftInput(String reason) {
}
