package cn.npa.report.rest.rollup;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import cn.npa.report.domain.rollup.Basis;
import cn.npa.report.domain.rollup.Coverage;
import cn.npa.report.domain.rollup.MissingUnit;
import cn.npa.report.domain.rollup.Q4Line;
import cn.npa.report.domain.tree.InstitutionKind;
import cn.npa.report.service.rollup.NodeRollup;
import cn.npa.report.service.rollup.RollupService;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The rollup of one node for a period and basis (R1, R2), with its coverage and, for a filing parent, its Q4 difference. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(requiredProperties = {"node", "kind", "tree", "period", "basis", "source", "filingUnits", "provisional", "coverage", "register", "computedAt"})
public record RollupDto(String node, String name, String kind, @Schema(implementation = RollupService.Tree.class) String tree, String period,
                        @Schema(implementation = Basis.class) String basis, String source,
                        int filingUnits, boolean provisional, CoverageDto coverage, FiguresDto figures, List<Q4Line> q4,
                        Map<String, FiguresDto> byPeerGroup, RegisterDto register, OffsetDateTime computedAt) {

    /** How complete the figure is: expected and filed units in scope, their share, and the missing units per level. */
    public record CoverageDto(int expectedUnits, int filedUnits, @Schema(nullable = true) BigDecimal unitShare,
                              @Schema(nullable = true) BigDecimal loanShare, @Schema(nullable = true) BigDecimal previousLoansFiled,
                              @Schema(nullable = true) BigDecimal previousLoansTotal, Map<String, Integer> missingByLevel) {
        static CoverageDto of(Coverage c) {
            Map<String, Integer> byLevel = new LinkedHashMap<>();
            for (Map.Entry<InstitutionKind, List<MissingUnit>> e : c.missingByLevel().entrySet()) {
                byLevel.put(e.getKey().name(), e.getValue().size());
            }
            return new CoverageDto(c.expectedUnits(), c.filedUnits(), c.unitShare(), c.loanShare(), c.previousLoansFiled(),
                    c.previousLoansTotal(), byLevel);
        }
    }

    /** The register copy the trees come from: valid on the period end, taken under this version stamp. */
    public record RegisterDto(LocalDate asOf, long version, boolean stale) {
    }

    static RollupDto of(NodeRollup r, Set<Breakdowns> breakdowns) {
        var p = r.of();
        Map<String, FiguresDto> peers = null;
        if (r.node().kind().isRegulator() && breakdowns.contains(Breakdowns.PEER_GROUP)) {
            peers = r.byPeerGroup().entrySet().stream().collect(Collectors.toMap(e -> e.getKey().name(),
                    e -> FiguresDto.of(e.getValue(), Set.of()), (a, b) -> a, LinkedHashMap::new));
        }
        return new RollupDto(r.node().code(), r.name(), r.node().kind().name(), r.node().kind().isRegulator() ? "SUPERVISORY" : "BANK",
                p.period().toString(), p.basis().name(), r.source().name(), r.filingUnits(), r.coverage().provisional(),
                CoverageDto.of(r.coverage()), r.figures().map(f -> FiguresDto.of(f, breakdowns)).orElse(null),
                r.q4().map(q -> q.lines()).orElse(null), peers,
                new RegisterDto(p.register().asOf(), p.register().version(), p.register().stale()), p.computedAt());
    }
}
