package cn.npa.indicator.service;

/** A load of figures was stored (fired within the intake's transaction; observers may wait for its commit). */
public record FiguresStored(String period, long loadId) {
}
