package cn.npa.indicator.rest;

import jakarta.validation.constraints.NotBlank;

/** The variant a regulator chooses for an indicator, e.g. {@code {"formulaId": "I6'"}}. */
public record FormulaChoiceDto(@NotBlank String formulaId) {
}
