package cn.npa.report.service.outbox;

import cn.npa.report.domain.figures.ClientExposure;
import cn.npa.report.domain.figures.Figures;
import cn.npa.report.domain.rollup.Basis;
import cn.npa.report.domain.rollup.NodeFigure;
import cn.npa.report.domain.rollup.RegulatorRollup;
import cn.npa.report.domain.tree.Hierarchy;
import cn.npa.report.domain.tree.InstitutionKind;
import cn.npa.report.domain.tree.InstitutionSnapshot;
import cn.npa.report.domain.tree.PeerGroup;
import cn.npa.report.service.rollup.PeriodRollup;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Writes one period's figures in the indicator service's intake format (docs/indicators.md, "Intake"): every bank node
 * that has a figure, every regulator and every peer group, each with its links and its figures on both bases, then the
 * client exposures of the filing units (restated). Written token by token: a national period is hundreds of megabytes.
 */
final class FiguresPayload {

    private FiguresPayload() {
    }

    /**
     * Writes the period's figures; {@code ytd} gives, per node code and basis, the cash collected in the earlier periods
     * of the same year and grain (to which this period's is added for {@code cashCollectedYtd}).
     */
    static void write(JsonGenerator g, long figureVersion, PeriodRollup restated, PeriodRollup first, EarlierCash ytd)
            throws IOException {
        Hierarchy h = restated.register().hierarchy();
        g.writeStartObject();
        g.writeStringField("period", restated.period().toString());
        g.writeNumberField("figureVersion", figureVersion);
        g.writeArrayFieldStart("nodes");
        // every bank node: those without a figure are in the hierarchy only, so that every code named is a node
        for (InstitutionSnapshot node : h.bankNodesBottomUp()) {
            Optional<Figures> r = restated.rollup().figure(node.code()).map(NodeFigure::figures);
            Optional<Figures> f = first.rollup().figure(node.code()).map(NodeFigure::figures);
            node(g, node, h.headOfficeOf(node.code()).map(InstitutionSnapshot::code).orElse(null),
                    h.peerGroupOf(node.code()).orElse(null), f, r, ytd);
        }
        for (InstitutionSnapshot regulator : regulators(h)) {
            node(g, regulator, null, null, Optional.of(RegulatorRollup.of(first.rollup(), regulator.code()).figures()),
                    Optional.of(RegulatorRollup.of(restated.rollup(), regulator.code()).figures()), ytd);
        }
        peerGroups(g, h, restated, first, ytd);
        g.writeEndArray();
        g.writeArrayFieldStart("clientExposures");
        for (String unit : new TreeSet<>(restated.versions().keySet())) {
            Optional<Figures> f = restated.rollup().figure(unit).filter(nf -> restated.rollup().filed(unit)).map(NodeFigure::figures);
            if (f.isEmpty() || f.get().loans().isEmpty()) {
                continue;
            }
            for (ClientExposure c : f.get().loans().get().clients().values()) {
                g.writeStartObject();
                g.writeStringField("filerCode", unit);
                g.writeStringField("clientCode", c.creditCode());
                optional(g, "name", c.name());
                optional(g, "groupId", c.groupId());
                g.writeNumberField("loanBalance", c.loanBalance());
                g.writeNumberField("nplBalance", c.nplBalance());
                g.writeEndObject();
            }
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static List<InstitutionSnapshot> regulators(Hierarchy h) {
        List<InstitutionSnapshot> out = new ArrayList<>();
        h.node("CBRC").ifPresent(out::add);
        for (int i = 0; i < out.size(); i++) {
            out.addAll(h.subRegulators(out.get(i).code()));
        }
        return out;
    }

    /** The national figure of each peer group (R2), as a node of its own. */
    private static void peerGroups(JsonGenerator g, Hierarchy h, PeriodRollup restated, PeriodRollup first, EarlierCash ytd)
            throws IOException {
        Optional<InstitutionSnapshot> national = h.node("CBRC");
        if (national.isEmpty()) {
            return;
        }
        Map<PeerGroup, Figures> r = RegulatorRollup.byPeerGroup(restated.rollup(), national.get().code());
        Map<PeerGroup, Figures> f = RegulatorRollup.byPeerGroup(first.rollup(), national.get().code());
        for (PeerGroup group : PeerGroup.values()) {
            if (r.containsKey(group) || f.containsKey(group)) {
                g.writeStartObject();
                String code = peerGroupCode(group);
                g.writeStringField("code", code);
                g.writeStringField("kind", "PEER_GROUP");
                g.writeStringField("peerGroup", group.name());
                figures(g, code, Optional.ofNullable(f.get(group)), Optional.ofNullable(r.get(group)), ytd);
                g.writeEndObject();
            }
        }
    }

    /** The code of a peer group's node: codes are [A-Z0-9-], so LARGE_COMMERCIAL is PEER-LARGE-COMMERCIAL. */
    static String peerGroupCode(PeerGroup group) {
        return "PEER-" + group.name().replace('_', '-');
    }

    private static void node(JsonGenerator g, InstitutionSnapshot node, String headOffice, PeerGroup peer, Optional<Figures> first,
                             Optional<Figures> restated, EarlierCash ytd) throws IOException {
        g.writeStartObject();
        g.writeStringField("code", node.code());
        g.writeStringField("kind", node.kind().name());
        optional(g, "parentCode", node.parentCode());
        optional(g, "supervisorCode", node.kind() == InstitutionKind.REGULATOR_NATIONAL ? null : node.supervisorCode());
        if (node.kind().isBank() && node.kind() != InstitutionKind.BANK_HEAD_OFFICE) {
            optional(g, "headOfficeCode", headOffice);
        }
        if (node.kind().isBank()) {
            optional(g, "peerGroup", peer == null ? null : peer.name());
        }
        optional(g, "regionCode", node.regionCode());
        if (first.isPresent() || restated.isPresent()) {
            figures(g, node.code(), first, restated, ytd);
        }
        g.writeEndObject();
    }

    private static void figures(JsonGenerator g, String code, Optional<Figures> first, Optional<Figures> restated, EarlierCash ytd)
            throws IOException {
        g.writeObjectFieldStart("figures");
        section(g, code, Basis.AS_FIRST_REPORTED, first.or(() -> restated), ytd);
        section(g, code, Basis.RESTATED, restated.or(() -> first), ytd);
        g.writeEndObject();
    }

    private static void section(JsonGenerator g, String code, Basis basis, Optional<Figures> figures, EarlierCash ytd)
            throws IOException {
        if (figures.isEmpty()) {
            return;
        }
        Figures f = figures.get();
        g.writeObjectFieldStart(basis.name());
        if (f.loans().isPresent()) {
            var l = f.loans().get();
            g.writeObjectFieldStart("loan");
            g.writeNumberField("totalLoans", l.total());
            g.writeNumberField("npl", l.npl());
            g.writeNumberField("cashCollected", l.movements().cashCollected());
            g.writeNumberField("cashCollectedYtd", l.movements().cashCollected().add(ytd.of(code, basis)));
            g.writeEndObject();
        }
        if (f.nonCredit().isPresent()) {
            var n = f.nonCredit().get().total();
            g.writeObjectFieldStart("nonCredit");
            g.writeNumberField("totalAssets", n.assets());
            g.writeNumberField("npa", n.npa());
            g.writeNumberField("estimatedLosses", n.estimatedLoss());
            g.writeEndObject();
        }
        if (f.offBalanceSheet().isPresent()) {
            var o = f.offBalanceSheet().get().totals();
            g.writeObjectFieldStart("obs");
            g.writeNumberField("balance", o.outstanding());
            g.writeNumberField("advances", o.advances());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    /** The cash collected by a node in the earlier periods of the year, per basis (zero when none). */
    @FunctionalInterface
    interface EarlierCash {
        java.math.BigDecimal of(String code, Basis basis);
    }

    private static void optional(JsonGenerator g, String field, String value) throws IOException {
        if (value != null) {
            g.writeStringField(field, value);
        }
    }
}
