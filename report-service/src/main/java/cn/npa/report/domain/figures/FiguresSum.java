package cn.npa.report.domain.figures;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A mutable accumulator behind {@link Figures#sum}: merges the large maps (regions, clients) in place, once. */
final class FiguresSum {

    private boolean hasLoans;
    private Grades grades = Grades.ZERO;
    private NplMovements movements = NplMovements.ZERO;
    private final Map<String, TotalAndNpl> industry = new HashMap<>();
    private final Map<String, TotalAndNpl> region = new HashMap<>();
    private final Map<Integer, TotalAndNpl> vintages = new HashMap<>();
    private final Map<NplCause, BigDecimal> causes = new EnumMap<>(NplCause.class);
    private final Map<String, ClientExposure> clients = new HashMap<>();
    private NonCreditFigures nonCredit;
    private ObsFigures obs;

    void add(Figures f) {
        f.loans().ifPresent(this::addLoans);
        f.nonCredit().ifPresent(n -> nonCredit = nonCredit == null ? n : nonCredit.plus(n));
        f.offBalanceSheet().ifPresent(o -> obs = obs == null ? o : obs.plus(o));
    }

    private void addLoans(LoanFigures l) {
        hasLoans = true;
        grades = grades.plus(l.grades());
        movements = movements.plus(l.movements());
        Money.mergeInto(industry, l.byIndustry(), TotalAndNpl::plus);
        Money.mergeInto(region, l.byRegion(), TotalAndNpl::plus);
        Money.mergeInto(vintages, l.vintages(), TotalAndNpl::plus);
        Money.mergeInto(causes, l.causes(), BigDecimal::add);
        Money.mergeInto(clients, l.clients(), ClientExposure::plus);
    }

    Figures result() {
        LoanFigures loans = hasLoans ? new LoanFigures(grades, movements, industry, region, vintages, causes, clients) : null;
        return new Figures(Optional.ofNullable(loans), Optional.ofNullable(nonCredit), Optional.ofNullable(obs));
    }
}
