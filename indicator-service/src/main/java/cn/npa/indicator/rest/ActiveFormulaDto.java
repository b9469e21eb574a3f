package cn.npa.indicator.rest;

/** The formula in force for one indicator at one regulator, and whether the regulator chose it. */
public record ActiveFormulaDto(String indicator, FormulaDto formula, boolean chosen, String chosenBy) {
}
