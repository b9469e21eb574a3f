package cn.npa.submission.domain.filing;

import java.math.BigDecimal;
import java.util.List;

/** Builds filing models directly (no JSON) with just the figures the quality rules look at. */
final class LoanFilingBuilder {

    private BigDecimal total = new BigDecimal("100000.00");
    private BigDecimal npl = new BigDecimal("1000.00");
    private NplMovements movements = movements("0.00", "0.00", "0.00", "0.00", "0.00", "0.00");
    private NonCreditSection nonCredit;
    private boolean restatement;
    private String type = "BANK_MONTHLY_NPL";
    private String period = "2026-09";

    static LoanFilingBuilder filing() {
        return new LoanFilingBuilder();
    }

    /** Total loans and NPL; the NPL is put in the substandard grade and the rest in pass. */
    LoanFilingBuilder loans(String totalLoans, String nonPerforming) {
        this.total = new BigDecimal(totalLoans);
        this.npl = new BigDecimal(nonPerforming);
        return this;
    }

    LoanFilingBuilder flows(String newNpl, String cash, String writtenOff, String swap, String upgraded, String other) {
        this.movements = movements(newNpl, cash, writtenOff, swap, upgraded, other);
        return this;
    }

    LoanFilingBuilder openingNpl(String opening) {
        NplMovements m = movements;
        this.movements = new NplMovements(new BigDecimal(opening), m.newNpl(), m.cashCollected(), m.writtenOff(),
                m.debtAssetSwap(), m.upgraded(), m.otherReduction(), null);
        return this;
    }

    LoanFilingBuilder nonCredit(String assets, String npa, String loss) {
        this.nonCredit = new NonCreditSection(new NonCreditAmounts(new BigDecimal(assets), new BigDecimal(npa),
                new BigDecimal(loss)), List.of(), BigDecimal.ZERO, BigDecimal.ZERO);
        return this;
    }

    LoanFilingBuilder restatement() {
        this.restatement = true;
        return this;
    }

    LoanFilingBuilder type(String reportType, String forPeriod) {
        this.type = reportType;
        this.period = forPeriod;
        return this;
    }

    Filing build() {
        Grades grades = new Grades(total.subtract(npl), BigDecimal.ZERO, npl, BigDecimal.ZERO, BigDecimal.ZERO);
        LoanSection loans = new LoanSection(null, grades, List.of(), null, movements, List.of(), List.of(), List.of());
        return new Filing(new FilingHeader("BANK-A", type, period, null, restatement), loans, nonCredit, null, null);
    }

    private static NplMovements movements(String newNpl, String cash, String wo, String swap, String up, String other) {
        return new NplMovements(null, new BigDecimal(newNpl), new BigDecimal(cash), new BigDecimal(wo), new BigDecimal(swap),
                new BigDecimal(up), new BigDecimal(other), null);
    }
}
