package cn.npa.indicator.rest;

import cn.npa.indicator.repository.FormulaEntity;
import java.util.List;

/** A registered formula as the API shows it. */
public record FormulaDto(String id, String indicator, int version, String name, String article, String definition,
                         boolean isDefault, List<String> assetClasses) {

    public static FormulaDto of(FormulaEntity e) {
        return new FormulaDto(e.id, e.indicator, e.version, e.name, e.article, e.definition, e.isDefault,
                List.of(e.assetClasses.split(",")));
    }
}
