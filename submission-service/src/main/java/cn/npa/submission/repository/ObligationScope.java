package cn.npa.submission.repository;

import java.util.List;

/**
 * Which obligations a caller may see, in the terms the table stores: everything; or the obligations of a head office's
 * tree; or of listed institutions; or of filers supervised by listed regulators (a jurisdiction as of the period end).
 * The parts combine with "or".
 */
public record ObligationScope(boolean all, String headOffice, List<String> institutions, List<String> supervisors) {

    public static ObligationScope everything() {
        return new ObligationScope(true, null, List.of(), List.of());
    }
}
