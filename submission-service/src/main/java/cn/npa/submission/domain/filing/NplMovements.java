package cn.npa.submission.domain.filing;

import java.math.BigDecimal;
import java.util.List;

/** NPL inflow and outflows in the period (Art. 8(3)); {@code openingNpl} and {@code byDisposalMethod} are optional. */
public record NplMovements(BigDecimal openingNpl, BigDecimal newNpl, BigDecimal cashCollected, BigDecimal writtenOff,
                           BigDecimal debtAssetSwap, BigDecimal upgraded, BigDecimal otherReduction,
                           List<DisposalLine> byDisposalMethod) {

    /** The reductions that disposal methods break down: all but upgrades, which are reclassification, not disposal. */
    public BigDecimal disposals() {
        return Sums.of(cashCollected, writtenOff, debtAssetSwap, otherReduction);
    }

    /** Every outflow, used by the flow reconciliation Q2. */
    public BigDecimal reductions() {
        return Sums.of(cashCollected, writtenOff, debtAssetSwap, upgraded, otherReduction);
    }
}
