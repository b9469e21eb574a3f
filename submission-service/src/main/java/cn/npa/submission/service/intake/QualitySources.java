package cn.npa.submission.service.intake;

import cn.npa.submission.domain.filing.Filing;
import cn.npa.submission.domain.filing.KeyFigures;
import cn.npa.submission.domain.filing.QualityFinding;
import cn.npa.submission.domain.filing.QualityInputs;
import cn.npa.submission.domain.filing.QualityRules;
import cn.npa.submission.domain.period.ReportPeriod;
import cn.npa.submission.domain.period.ReportType;
import cn.npa.submission.repository.FilingContextQueries.Slot;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What the quality rules compare a filing with: the previous period's latest accepted version (Q1-Q3, Q5) and the Q6
 * counterpart. The slots are named first ({@link #of}), their stored key figures read with the filing's other context
 * in one round trip, and then judged ({@link #findings}). Q4 (a parent against its children's filings) is not run at intake: children usually
 * file later.
 */
public record QualitySources(Slot previous, Slot counterpart, Slot fallback) {

    /** No comparisons: the report carries no loan figures (or is a MAJOR_CHANGE). */
    static final QualitySources NONE = new QualitySources(null, null, null);

    /**
     * The slots of a filing. Q6 pairs: a quarter-end month with its quarter; a quarter with its last month, or for a bank's
     * Q4 without that month, with the year ({@code fallback}); a year with its Q4.
     */
    public static QualitySources of(Filing filing, ReportType type) {
        if (type == ReportType.MAJOR_CHANGE || filing.loans() == null) {
            return NONE;
        }
        String code = filing.header().institutionCode();
        ReportPeriod p = ReportPeriod.parse(filing.header().period());
        Slot previous = new Slot(code, type.name(), p.previous().toString());
        return switch (type) {
            case BANK_MONTHLY_NPL, BRANCH_MONTHLY_NPL -> new QualitySources(previous, p.number() % 3 != 0 ? null
                    : slot(code, type == ReportType.BANK_MONTHLY_NPL ? ReportType.BANK_QUARTERLY_NPA : ReportType.BRANCH_QUARTERLY_NPA,
                    ReportPeriod.quarter(p.year(), p.number() / 3)), null);
            case BANK_QUARTERLY_NPA, BRANCH_QUARTERLY_NPA -> new QualitySources(previous,
                    slot(code, type == ReportType.BANK_QUARTERLY_NPA ? ReportType.BANK_MONTHLY_NPL : ReportType.BRANCH_MONTHLY_NPL,
                            ReportPeriod.month(p.year(), p.number() * 3)),
                    p.number() == 4 && type == ReportType.BANK_QUARTERLY_NPA ? slot(code, ReportType.BANK_ANNUAL_NPA, ReportPeriod.year(p.year())) : null);
            case BANK_ANNUAL_NPA -> new QualitySources(previous, slot(code, ReportType.BANK_QUARTERLY_NPA, ReportPeriod.quarter(p.year(), 4)), null);
            default -> new QualitySources(previous, null, null);
        };
    }

    /** The slots to read, in order: previous, counterpart, fallback (nulls where none applies). */
    public List<Slot> slots() {
        return new ArrayList<>(Arrays.asList(previous, counterpart, fallback));
    }

    /** The findings, given the key figures of {@link #slots()}' latest versions in the same order (null where not filed). */
    public List<QualityFinding> findings(Filing filing, List<KeyFigures> compared) {
        if (this == NONE || filing.loans() == null) {
            return List.of();
        }
        KeyFigures pair = compared.get(1) != null ? compared.get(1) : compared.get(2);
        return QualityRules.check(filing, new QualityInputs(compared.get(0), Map.of(), pair));
    }

    private static Slot slot(String code, ReportType type, ReportPeriod period) {
        return new Slot(code, type.name(), period.toString());
    }
}
