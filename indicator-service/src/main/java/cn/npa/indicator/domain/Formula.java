package cn.npa.indicator.domain;

import java.util.List;

/** A registered indicator formula: which indicator it computes, its version, article, definition and asset classes. */
public record Formula(String id, String indicator, int version, String name, String article, String definition,
                      boolean isDefault, List<String> assetClasses) {
}
