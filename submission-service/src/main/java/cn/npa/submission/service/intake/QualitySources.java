package cn.npa.submission.service.intake;

import cn.npa.submission.domain.filing.Filing;
import cn.npa.submission.domain.filing.FilingReader;
import cn.npa.submission.domain.filing.QualityFinding;
import cn.npa.submission.domain.filing.QualityInputs;
import cn.npa.submission.domain.filing.QualityRules;
import cn.npa.submission.domain.period.ReportPeriod;
import cn.npa.submission.domain.period.ReportType;
import cn.npa.submission.repository.VersionRepository;
import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds what the quality rules compare a filing with: the previous period's latest accepted version (Q1-Q3, Q5) and
 * the Q6 counterpart. Q4 (a parent against its children's filings) is not run at intake: children usually file later.
 */
@ApplicationScoped
public class QualitySources {

    private final VersionRepository versions;

    public QualitySources(VersionRepository versions) {
        this.versions = versions;
    }

    public List<QualityFinding> findings(Filing filing, ReportType type) {
        if (type == ReportType.MAJOR_CHANGE || filing.loans() == null) {
            return List.of();
        }
        String code = filing.header().institutionCode();
        ReportPeriod period = ReportPeriod.parse(filing.header().period());
        Filing previous = latest(code, type, period.previous()).orElse(null);
        Filing counterpart = counterpart(code, type, period).orElse(null);
        return QualityRules.check(filing, new QualityInputs(previous, Map.of(), counterpart));
    }

    /**
     * Q6 pairs: a quarter-end month with its quarter; a quarter with its last month, or for Q4 without that month,
     * with the year; a year with its Q4.
     */
    private Optional<Filing> counterpart(String code, ReportType type, ReportPeriod p) {
        return switch (type) {
            case BANK_MONTHLY_NPL, BRANCH_MONTHLY_NPL -> p.number() % 3 != 0 ? Optional.empty()
                    : latest(code, type == ReportType.BANK_MONTHLY_NPL ? ReportType.BANK_QUARTERLY_NPA : ReportType.BRANCH_QUARTERLY_NPA,
                            ReportPeriod.quarter(p.year(), p.number() / 3));
            case BANK_QUARTERLY_NPA, BRANCH_QUARTERLY_NPA -> {
                ReportType monthly = type == ReportType.BANK_QUARTERLY_NPA ? ReportType.BANK_MONTHLY_NPL : ReportType.BRANCH_MONTHLY_NPL;
                Optional<Filing> month = latest(code, monthly, ReportPeriod.month(p.year(), p.number() * 3));
                yield month.isPresent() || p.number() != 4 || type != ReportType.BANK_QUARTERLY_NPA ? month
                        : latest(code, ReportType.BANK_ANNUAL_NPA, ReportPeriod.year(p.year()));
            }
            case BANK_ANNUAL_NPA -> latest(code, ReportType.BANK_QUARTERLY_NPA, ReportPeriod.quarter(p.year(), 4));
            default -> Optional.empty();
        };
    }

    private Optional<Filing> latest(String code, ReportType type, ReportPeriod period) {
        return versions.latestOf(code, type.name(), period.toString()).map(v -> read(v.body()));
    }

    /** A stored body read back into the model (it was valid when stored). */
    public static Filing read(String body) {
        try {
            return FilingReader.read(FilingReader.mapper().readTree(body)).filing();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored filing cannot be read", e);
        }
    }
}
