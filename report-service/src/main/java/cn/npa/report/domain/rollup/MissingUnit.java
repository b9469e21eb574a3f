package cn.npa.report.domain.rollup;

import cn.npa.report.domain.tree.InstitutionKind;

/** An expected filer whose filing the rollup still lacks, with its level in the bank tree and its obligation status. */
public record MissingUnit(String code, InstitutionKind kind, String parentCode, ObligationStatus status) {
}
