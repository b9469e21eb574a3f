package cn.npa.report.domain.figures;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** NPL inflow and outflows of the period (Art. 8(3)), with the optional breakdown by disposal method. */
public record NplMovements(BigDecimal newNpl, BigDecimal cashCollected, BigDecimal writtenOff, BigDecimal debtAssetSwap,
                           BigDecimal upgraded, BigDecimal otherReduction, Map<DisposalMethod, BigDecimal> byDisposalMethod) {

    public static final NplMovements ZERO = new NplMovements(Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO,
            Money.ZERO, Map.of());

    public NplMovements {
        Objects.requireNonNull(newNpl, "newNpl");
        Objects.requireNonNull(cashCollected, "cashCollected");
        Objects.requireNonNull(writtenOff, "writtenOff");
        Objects.requireNonNull(debtAssetSwap, "debtAssetSwap");
        Objects.requireNonNull(upgraded, "upgraded");
        Objects.requireNonNull(otherReduction, "otherReduction");
        byDisposalMethod = byDisposalMethod == null || byDisposalMethod.isEmpty() ? Map.of()
                : java.util.Collections.unmodifiableMap(new EnumMap<>(byDisposalMethod));
    }

    /** Every outflow, as the flow reconciliation (Q2) uses it. */
    public BigDecimal reductions() {
        return cashCollected.add(writtenOff).add(debtAssetSwap).add(upgraded).add(otherReduction);
    }

    public NplMovements plus(NplMovements o) {
        Map<DisposalMethod, BigDecimal> methods = new EnumMap<>(DisposalMethod.class);
        Money.mergeInto(methods, byDisposalMethod, BigDecimal::add);
        Money.mergeInto(methods, o.byDisposalMethod, BigDecimal::add);
        return new NplMovements(newNpl.add(o.newNpl), cashCollected.add(o.cashCollected), writtenOff.add(o.writtenOff),
                debtAssetSwap.add(o.debtAssetSwap), upgraded.add(o.upgraded), otherReduction.add(o.otherReduction), methods);
    }
}
