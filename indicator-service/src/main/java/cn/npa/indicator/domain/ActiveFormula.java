package cn.npa.indicator.domain;

/** The formula in force for one indicator at one regulator, and whether (and by whom) the regulator chose it. */
public record ActiveFormula(String indicator, Formula formula, boolean chosen, String chosenBy) {
}
