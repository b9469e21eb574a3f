package cn.npa.indicator.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import cn.npa.indicator.domain.ActiveFormula;

/** The formula in force for one indicator at one regulator, and whether the regulator chose it. */
public record ActiveFormulaDto(String indicator, FormulaDto formula, boolean chosen, @Schema(nullable = true) String chosenBy) {

    public static ActiveFormulaDto of(ActiveFormula a) {
        return new ActiveFormulaDto(a.indicator(), FormulaDto.of(a.formula()), a.chosen(), a.chosenBy());
    }
}
