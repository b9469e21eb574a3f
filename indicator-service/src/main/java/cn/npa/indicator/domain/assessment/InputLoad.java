package cn.npa.indicator.domain.assessment;

/** The load a run read for one of its input slots: the period and its figure version at the time of the run. */
public record InputLoad(InputSlot slot, String period, long loadId, int figureVersion) {
}
