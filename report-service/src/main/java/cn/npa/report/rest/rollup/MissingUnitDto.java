package cn.npa.report.rest.rollup;

import cn.npa.report.domain.rollup.MissingUnit;
import cn.npa.report.service.rollup.RollupService;

/** An expected filer in a rollup's scope whose filing is still missing, with its level and obligation status. */
public record MissingUnitDto(String code, String name, String kind, String parentCode, String status) {

    static MissingUnitDto of(RollupService.Missing missing) {
        MissingUnit m = missing.unit();
        return new MissingUnitDto(m.code(), missing.name(), m.kind().name(), m.parentCode(),
                m.status() == null ? null : m.status().name());
    }
}
