package cn.npa.report.rest.rollup;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import cn.npa.report.domain.rollup.MissingUnit;
import cn.npa.report.service.rollup.RollupService;

/** An expected filer in a rollup's scope whose filing is still missing, with its level and obligation status. */
public record MissingUnitDto(String code, @Schema(nullable = true) String name, String kind, @Schema(nullable = true) String parentCode,
                             @Schema(nullable = true, description = "The obligation status, when the feed told one") String status) {

    static MissingUnitDto of(RollupService.Missing missing) {
        MissingUnit m = missing.unit();
        return new MissingUnitDto(m.code(), missing.name(), m.kind().name(), m.parentCode(),
                m.status() == null ? null : m.status().name());
    }
}
