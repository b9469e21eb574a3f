package cn.npa.indicator.rest;

import cn.npa.indicator.domain.Formula;
import java.util.List;

/** A registered formula as the API shows it. */
public record FormulaDto(String id, String indicator, int version, String name, String article, String definition,
                         boolean isDefault, List<String> assetClasses) {

    public static FormulaDto of(Formula f) {
        return new FormulaDto(f.id(), f.indicator(), f.version(), f.name(), f.article(), f.definition(), f.isDefault(),
                f.assetClasses());
    }
}
