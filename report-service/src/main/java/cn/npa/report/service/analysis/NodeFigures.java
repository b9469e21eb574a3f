package cn.npa.report.service.analysis;

import cn.npa.report.domain.analysis.InputVersion;
import cn.npa.report.domain.figures.Figures;
import cn.npa.report.domain.rollup.Coverage;
import cn.npa.report.domain.rollup.NodeFigure;
import cn.npa.report.domain.rollup.RegulatorFigure;
import cn.npa.report.domain.rollup.RegulatorRollup;
import cn.npa.report.domain.tree.InstitutionSnapshot;
import cn.npa.report.service.rollup.PeriodRollup;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;

/**
 * A node's figure, coverage and contributing versions read from a period's rollup with the domain's own functions (R1,
 * R6), without a caller: documents are also built by the refresh job, where nobody is asking.
 */
final class NodeFigures {

    private NodeFigures() {
    }

    static Optional<Figures> figures(PeriodRollup p, String code) {
        Optional<InstitutionSnapshot> node = p.register().hierarchy().node(code);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (node.get().kind().isRegulator()) {
            RegulatorFigure f = RegulatorRollup.of(p.rollup(), code);
            return f.maximalNodesSummed().isEmpty() ? Optional.empty() : Optional.of(f.figures());
        }
        return p.rollup().figure(code).map(NodeFigure::figures);
    }

    static Coverage coverage(PeriodRollup p, InstitutionSnapshot node) {
        return node.kind().isRegulator() ? p.coverages().ofRegulator(node.code()) : p.coverages().of(node.code());
    }

    /** The filing units a node's figure sums. */
    static SortedSet<String> contributors(PeriodRollup p, String code) {
        Optional<InstitutionSnapshot> node = p.register().hierarchy().node(code);
        if (node.isEmpty()) {
            return new java.util.TreeSet<>();
        }
        return node.get().kind().isRegulator() ? RegulatorRollup.contributors(p.rollup(), code) : p.rollup().contributors(code);
    }

    /** The versions a node's figure of the period uses, as document inputs (R6). */
    static List<InputVersion> versions(PeriodRollup p, String code) {
        List<InputVersion> out = new ArrayList<>();
        for (String unit : contributors(p, code)) {
            PeriodRollup.FilingVersion v = p.versions().get(unit);
            if (v != null) {
                out.add(new InputVersion(InputVersion.ref(p.period().toString(), unit), unit, reportType(p, unit),
                        p.period().toString(), v.submissionId(), v.version(), InputVersion.Role.USED));
            }
        }
        return out;
    }

    /** A head office files the bank report type of the grain, any other unit the branch type (domain §2). */
    static String reportType(PeriodRollup p, String unit) {
        List<String> types = p.period().reportTypes();
        boolean headOffice = p.register().hierarchy().node(unit)
                .map(n -> n.kind() == cn.npa.report.domain.tree.InstitutionKind.BANK_HEAD_OFFICE).orElse(true);
        return headOffice || types.size() == 1 ? types.get(0) : types.get(1);
    }
}
