package cn.npa.report.rest.rollup;

import cn.npa.common.openapi.ContractDocument;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import cn.npa.report.domain.figures.Figures;
import cn.npa.report.domain.figures.LoanFigures;
import cn.npa.report.domain.figures.NonCreditAmounts;
import cn.npa.report.domain.figures.NonCreditFigures;
import cn.npa.report.domain.figures.ObsAmounts;
import cn.npa.report.domain.figures.ObsFigures;
import cn.npa.report.domain.figures.TotalAndNpl;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rolled-up figures on the wire: exact sums as filed (two decimals), ratios recomputed from the sums to 34 significant
 * digits (round them only for display); a section nobody in the scope filed is absent, never zero; breakdowns as asked.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(extensions = @Extension(name = ContractDocument.ALL_OPTIONAL, value = "true"))
public record FiguresDto(Loans loans, NonCredit nonCredit, OffBalanceSheet offBalanceSheet) {

    /** The loan section (Art. 8). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(extensions = @Extension(name = ContractDocument.ALL_OPTIONAL, value = "true"))
    public record Loans(BigDecimal totalLoans, BigDecimal npl, BigDecimal nplRatio, Map<String, BigDecimal> grades,
                        Movements movements, List<Line> byRegion, List<Line> byIndustry, List<Line> vintages,
                        Map<String, BigDecimal> newNplCauses) {
    }

    /** How NPL moved in the period, summed (was an untyped map: a generated client read its amounts as Objects). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(requiredProperties = {"newNpl", "cashCollected", "writtenOff", "debtAssetSwap", "upgraded", "otherReduction"})
    public record Movements(BigDecimal newNpl, BigDecimal cashCollected, BigDecimal writtenOff, BigDecimal debtAssetSwap,
                            BigDecimal upgraded, BigDecimal otherReduction,
                            @Schema(description = "With breakdown=disposal (or all): the reductions by disposal method")
                            Map<String, BigDecimal> byDisposalMethod) {
    }

    /** One line of a breakdown: its key, total, NPL and NPL ratio. */
    public record Line(String key, BigDecimal total, BigDecimal npl, @Schema(nullable = true, description = "None when the base is 0") BigDecimal nplRatio) {
        static Line of(Object key, TotalAndNpl t) {
            return new Line(String.valueOf(key), t.total(), t.npl(), t.nplRatio());
        }
    }

    /** The non-credit section (Art. 9). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(extensions = @Extension(name = ContractDocument.ALL_OPTIONAL, value = "true"))
    public record NonCredit(Amounts total, Map<String, Amounts> byCategory, BigDecimal disposedInPeriod, BigDecimal newInPeriod) {
    }

    /** Non-credit assets, NPA, estimated losses and the two ratios. */
    public record Amounts(BigDecimal assets, BigDecimal npa, BigDecimal estimatedLoss, @Schema(nullable = true, description = "None when the base is 0") BigDecimal npaRatio,
                          @Schema(nullable = true, description = "None when the base is 0") BigDecimal estimatedLossRatio) {
        static Amounts of(NonCreditAmounts a) {
            return new Amounts(a.assets(), a.npa(), a.estimatedLoss(), a.npaRatio(), a.estimatedLossRatio());
        }
    }

    /** The off-balance-sheet section (Art. 10). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(extensions = @Extension(name = ContractDocument.ALL_OPTIONAL, value = "true"))
    public record OffBalanceSheet(Obs totals, Map<String, Obs> byBusinessType) {
    }

    /** Outstanding, advances, new advances and advances / outstanding. */
    public record Obs(BigDecimal outstanding, BigDecimal advances, BigDecimal newAdvances, @Schema(nullable = true, description = "None when the base is 0") BigDecimal advancesRatio) {
        static Obs of(ObsAmounts a) {
            return new Obs(a.outstanding(), a.advances(), a.newAdvances(), a.advancesRatio());
        }
    }

    static FiguresDto of(Figures f, Set<Breakdowns> b) {
        return new FiguresDto(f.loans().map(l -> loans(l, b)).orElse(null), f.nonCredit().map(n -> nonCredit(n, b)).orElse(null),
                f.offBalanceSheet().map(o -> obs(o, b)).orElse(null));
    }

    private static Loans loans(LoanFigures l, Set<Breakdowns> b) {
        Map<String, BigDecimal> grades = new LinkedHashMap<>();
        grades.put("pass", l.grades().pass());
        grades.put("specialMention", l.grades().specialMention());
        grades.put("substandard", l.grades().substandard());
        grades.put("doubtful", l.grades().doubtful());
        grades.put("loss", l.grades().loss());
        var m = l.movements();
        Movements movements = new Movements(m.newNpl(), m.cashCollected(), m.writtenOff(), m.debtAssetSwap(), m.upgraded(),
                m.otherReduction(), b.contains(Breakdowns.DISPOSAL) ? names(m.byDisposalMethod()) : null);
        return new Loans(l.total(), l.npl(), l.nplRatio(), grades, movements,
                b.contains(Breakdowns.REGION) ? lines(l.byRegion()) : null,
                b.contains(Breakdowns.INDUSTRY) ? lines(l.byIndustry()) : null,
                b.contains(Breakdowns.VINTAGE) ? lines(l.vintages()) : null,
                b.contains(Breakdowns.CAUSE) ? names(l.causes()) : null);
    }

    private static NonCredit nonCredit(NonCreditFigures n, Set<Breakdowns> b) {
        Map<String, Amounts> categories = null;
        if (b.contains(Breakdowns.CATEGORY)) {
            categories = new LinkedHashMap<>();
            for (var e : n.byCategory().entrySet()) {
                categories.put(e.getKey().name(), Amounts.of(e.getValue()));
            }
        }
        return new NonCredit(Amounts.of(n.total()), categories, n.disposedInPeriod(), n.newInPeriod());
    }

    private static OffBalanceSheet obs(ObsFigures o, Set<Breakdowns> b) {
        Map<String, Obs> types = null;
        if (b.contains(Breakdowns.BUSINESS_TYPE)) {
            types = new LinkedHashMap<>();
            for (var e : o.byBusinessType().entrySet()) {
                types.put(e.getKey().name(), Obs.of(e.getValue()));
            }
        }
        return new OffBalanceSheet(Obs.of(o.totals()), types);
    }

    private static <K> List<Line> lines(Map<K, TotalAndNpl> map) {
        return map.entrySet().stream().map(e -> Line.of(e.getKey(), e.getValue())).toList();
    }

    private static <K extends Enum<K>> Map<String, BigDecimal> names(Map<K, BigDecimal> map) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(k.name(), v));
        return out;
    }
}
