package cn.npa.submission.domain.filing;

import java.util.List;

/** The off-balance-sheet section (Art. 10); {@code totals} is optional, the per-type lines are what counts. */
public record OffBalanceSheetSection(ObsAmounts totals, List<ObsLine> byBusinessType) {
}
