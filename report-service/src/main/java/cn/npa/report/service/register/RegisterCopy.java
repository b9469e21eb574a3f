package cn.npa.report.service.register;

import cn.npa.report.domain.tree.Hierarchy;
import java.time.LocalDate;
import java.util.Map;

/**
 * Both trees as valid at a period's end, from the copy of the register taken under {@code version}; {@code stale} when
 * the feed announced a newer register that could not be fetched yet (the copy is then used and says so).
 */
public record RegisterCopy(LocalDate asOf, long version, boolean stale, Hierarchy hierarchy, Map<String, String> names) {

    public String name(String code) {
        return names.get(code);
    }
}
