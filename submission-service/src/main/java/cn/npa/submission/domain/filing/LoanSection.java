package cn.npa.submission.domain.filing;

import java.math.BigDecimal;
import java.util.List;

/**
 * The loan section (Art. 8). {@code totalLoans} is optional (V2 checks it when stated); {@code byRegion} is
 * {@code null} when not filed (branches need not file it).
 */
public record LoanSection(BigDecimal totalLoans, Grades grades, List<IndustryLine> byIndustry, List<RegionLine> byRegion,
                          NplMovements movements, List<VintageLine> vintages, List<CauseLine> newNplCauses,
                          List<ClientExposure> clients) {

    /** Total loans as the five grades define it (the stated total only matters for V2). */
    public BigDecimal total() {
        return grades == null ? null : grades.total();
    }

    public BigDecimal npl() {
        return grades == null ? null : grades.npl();
    }
}
