package cn.npa.submission.repository;

import cn.npa.submission.domain.obligation.Obligation;
import java.util.List;

/**
 * Which obligations a caller may see, in the terms the table stores (derived from the caller by {@code RegisterScope}): everything; or the obligations of a head office's
 * tree; or of listed institutions; or of filers supervised by listed regulators (a jurisdiction as of the period end).
 * The parts combine with "or".
 */
public record ObligationScope(boolean all, String headOffice, List<String> institutions, List<String> supervisors) {

    public static ObligationScope everything() {
        return new ObligationScope(true, null, List.of(), List.of());
    }

    /** Whether an obligation lies within this scope (the same test the SQL filter makes). */
    public boolean covers(Obligation o) {
        return all || o.institutionCode().equals(headOffice) || (headOffice != null && headOffice.equals(o.headOfficeCode()))
                || institutions.contains(o.institutionCode()) || supervisors.contains(o.supervisorCode());
    }
}
