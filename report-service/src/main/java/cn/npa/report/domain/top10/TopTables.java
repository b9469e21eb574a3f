package cn.npa.report.domain.top10;

import cn.npa.report.domain.figures.ClientExposure;
import cn.npa.report.domain.figures.Figures;
import cn.npa.report.domain.rollup.BankRollup;
import cn.npa.report.domain.rollup.NodeFigure;
import cn.npa.report.domain.tree.Hierarchy;
import cn.npa.report.domain.tree.InstitutionKind;
import cn.npa.report.domain.tree.InstitutionSnapshot;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The R3 tables (Art. 8(2), 9(2), 10(2)) of a node: branches are the grade-one branches of a regulator's jurisdiction
 * or of a bank node's subtree, each with its rolled-up figure; clients are those of the node's rolled-up figure,
 * where the same credit code at several filers is already one summed exposure.
 */
public final class TopTables {

    private TopTables() {
    }

    /** All eight tables for {@code scopeCode} (a regulator or a bank node), N rows each plus ties. */
    public static R3Tables of(BankRollup rollup, String scopeCode, Figures scopeFigures,
                              Map<String, BigDecimal> previousObsOutstanding, int n) {
        List<UnitRow> branches = gradeOneBranches(rollup, scopeCode);
        Collection<ClientExposure> clients = scopeFigures.loans().map(l -> l.clients().values()).orElse(List.of());
        List<ObsGrowthRow> growth = branches.stream()
                .map(b -> ObsGrowthRow.of(b, previousObsOutstanding.get(b.code()))).toList();
        return new R3Tables(
                TopN.of(branches, UnitRow::code, UnitRow::npl, n),
                TopN.of(branches, UnitRow::code, UnitRow::nplRatio, n),
                TopN.of(clients, ClientExposure::creditCode, ClientExposure::loanBalance, n),
                TopN.of(clients, ClientExposure::creditCode, ClientExposure::nplBalance, n),
                TopN.of(branches, UnitRow::code, UnitRow::nonCreditNpa, n),
                TopN.of(branches, UnitRow::code, UnitRow::estimatedLoss, n),
                TopN.of(growth, ObsGrowthRow::code, ObsGrowthRow::growthRate, n),
                TopN.of(branches, UnitRow::code, UnitRow::obsAdvances, n));
    }

    /** The grade-one branches under a bank node, or in a regulator's jurisdiction, that have a figure. */
    public static List<UnitRow> gradeOneBranches(BankRollup rollup, String scopeCode) {
        Hierarchy h = rollup.hierarchy();
        List<InstitutionSnapshot> candidates = new ArrayList<>();
        if (h.require(scopeCode).kind().isRegulator()) {
            h.jurisdiction(scopeCode).forEach(code -> candidates.add(h.require(code)));
        } else {
            candidates.addAll(h.subtree(scopeCode));
        }
        List<UnitRow> rows = new ArrayList<>();
        for (InstitutionSnapshot s : candidates) {
            if (s.kind() == InstitutionKind.BRANCH_GRADE_ONE) {
                Optional<NodeFigure> f = rollup.figure(s.code());
                f.ifPresent(nf -> rows.add(UnitRow.of(s.code(), nf.figures())));
            }
        }
        return rows;
    }
}
