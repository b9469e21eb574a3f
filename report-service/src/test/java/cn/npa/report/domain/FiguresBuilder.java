package cn.npa.report.domain;

import cn.npa.report.domain.figures.ClientExposure;
import cn.npa.report.domain.figures.DisposalMethod;
import cn.npa.report.domain.figures.Figures;
import cn.npa.report.domain.figures.Grades;
import cn.npa.report.domain.figures.LoanFigures;
import cn.npa.report.domain.figures.Money;
import cn.npa.report.domain.figures.NonCreditAmounts;
import cn.npa.report.domain.figures.NonCreditCategory;
import cn.npa.report.domain.figures.NonCreditFigures;
import cn.npa.report.domain.figures.NplCause;
import cn.npa.report.domain.figures.NplMovements;
import cn.npa.report.domain.figures.ObsAmounts;
import cn.npa.report.domain.figures.ObsBusinessType;
import cn.npa.report.domain.figures.ObsFigures;
import cn.npa.report.domain.figures.TotalAndNpl;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/** Builds a filing's figures for tests: loans by grades, everything else optional and consistent by default. */
public final class FiguresBuilder {

    private final Grades grades;
    private String industry = "C";
    private String region;
    private final Map<String, ClientExposure> clients = new HashMap<>();
    private NonCreditFigures nonCredit;
    private ObsFigures obs;
    private BigDecimal newNpl = Money.ZERO;

    private FiguresBuilder(Grades grades) {
        this.grades = grades;
    }

    /** Loans: pass and special mention, and an NPL split into substandard only (enough for rollup tests). */
    public static FiguresBuilder loans(String pass, String substandard) {
        return new FiguresBuilder(new Grades(m(pass), Money.ZERO, m(substandard), Money.ZERO, Money.ZERO));
    }

    public static FiguresBuilder grades(String pass, String specialMention, String substandard, String doubtful, String loss) {
        return new FiguresBuilder(new Grades(m(pass), m(specialMention), m(substandard), m(doubtful), m(loss)));
    }

    public FiguresBuilder industry(String letter) {
        this.industry = letter;
        return this;
    }

    public FiguresBuilder region(String code) {
        this.region = code;
        return this;
    }

    public FiguresBuilder newNpl(String amount) {
        this.newNpl = m(amount);
        return this;
    }

    public FiguresBuilder client(String creditCode, String name, String loan, String npl) {
        clients.put(creditCode, new ClientExposure(creditCode, name, null, m(loan), m(npl)));
        return this;
    }

    /** Non-credit assets, all in receivables. */
    public FiguresBuilder nonCredit(String assets, String npa, String estimatedLoss) {
        NonCreditAmounts a = new NonCreditAmounts(m(assets), m(npa), m(estimatedLoss));
        nonCredit = new NonCreditFigures(a, Map.of(NonCreditCategory.RECEIVABLES, a), Money.ZERO, Money.ZERO);
        return this;
    }

    /** Off-balance-sheet business, all bank acceptances. */
    public FiguresBuilder obs(String outstanding, String advances) {
        obs = new ObsFigures(Map.of(ObsBusinessType.BANK_ACCEPTANCE, new ObsAmounts(m(outstanding), m(advances), Money.ZERO)));
        return this;
    }

    public Figures build() {
        TotalAndNpl line = new TotalAndNpl(grades.total(), grades.npl());
        NplMovements movements = new NplMovements(newNpl, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO,
                Map.of(DisposalMethod.WRITE_OFF, Money.ZERO));
        Map<NplCause, BigDecimal> causes = newNpl.signum() == 0 ? Map.of() : Map.of(NplCause.DEBT_EVASION, newNpl);
        LoanFigures loans = new LoanFigures(grades, movements, Map.of(industry, line),
                region == null ? Map.of() : Map.of(region, line), Map.of(2025, line), causes, clients);
        return Figures.of(loans, nonCredit, obs);
    }

    public static BigDecimal m(String amount) {
        return Money.of(amount);
    }
}
