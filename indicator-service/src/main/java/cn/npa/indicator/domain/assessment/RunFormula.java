package cn.npa.indicator.domain.assessment;

/** A formula a run computed: the indicator, the registry id and version, and whether the regulator chose it as its variant. */
public record RunFormula(String indicator, String formulaId, int version, boolean chosen) {
}
