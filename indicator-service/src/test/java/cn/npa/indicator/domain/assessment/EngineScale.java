package cn.npa.indicator.domain.assessment;

import cn.npa.datagen.FigureGenerator;
import cn.npa.datagen.InstitutionRow;
import cn.npa.datagen.RegisterGenerator;
import cn.npa.datagen.RegisterScale;
import cn.npa.indicator.domain.figures.Basis;
import cn.npa.indicator.domain.figures.InstitutionKind;
import cn.npa.indicator.domain.figures.LoanFigures;
import cn.npa.indicator.domain.figures.PeerGroup;
import cn.npa.indicator.domain.figures.Period;
import cn.npa.indicator.domain.figures.UnitFigures;
import cn.npa.indicator.domain.figures.UnitHistory;
import cn.npa.indicator.domain.indicator.FormulaId;
import cn.npa.indicator.domain.intake.NodeLinks;
import cn.npa.indicator.domain.peer.QuantileMethod;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/** Not a test: times the engine on a national population built in memory (run by hand with main). */
public final class EngineScale {

    public static void main(String[] args) {
        List<InstitutionRow> rows = RegisterGenerator.generate(2004L, RegisterScale.NATIONAL);
        FigureGenerator gen = new FigureGenerator(rows, 7L);
        YearMonth t = YearMonth.of(2026, 1);
        Map<YearMonth, FigureGenerator.Month> months = new java.util.HashMap<>();
        for (YearMonth m : List.of(t, t.minusMonths(1), t.minusYears(1), t.minusYears(1).minusMonths(1))) {
            months.put(m, gen.month(m));
        }
        List<NodeLinks> nodes = new ArrayList<>();
        Map<String, String> ho = new java.util.HashMap<>();
        for (InstitutionRow r : rows) {
            String h = r.kind().equals("BANK_HEAD_OFFICE") ? r.code() : r.parentCode() == null ? null : ho.get(r.parentCode());
            if (h != null) {
                ho.put(r.code(), h);
            }
        }
        Map<String, String> peer = new java.util.HashMap<>();
        rows.forEach(r -> { if (r.peerGroup() != null) peer.put(r.code(), r.peerGroup()); });
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) order.add(i);
        order.sort(java.util.Comparator.comparing(i -> rows.get(i).code()));
        Map<Basis, List<UnitHistory>> hist = new EnumMap<>(Basis.class);
        for (Basis b : Basis.values()) hist.put(b, new ArrayList<>());
        for (int i : order) {
            InstitutionRow r = rows.get(i);
            InstitutionKind k = InstitutionKind.valueOf(r.kind());
            String h = ho.get(r.code());
            PeerGroup g = h == null ? null : PeerGroup.valueOf(peer.get(h));
            NodeLinks n = new NodeLinks(r.code(), k, r.parentCode(), r.supervisorCode(), h, g, r.regionCode());
            nodes.add(n);
            UnitHistory first = null;
            for (Basis b : Basis.values()) {
                boolean restated = false;
                for (YearMonth m : months.keySet()) {
                    restated |= months.get(m).restated()[i] != null;
                }
                if (b == Basis.RESTATED && !restated) {
                    hist.get(b).add(first);
                    continue;
                }
                UnitHistory uh = new UnitHistory(u(n, months.get(t), i, t, b), u(n, months.get(t.minusMonths(1)), i, t.minusMonths(1), b),
                        u(n, months.get(t.minusMonths(1)), i, t.minusMonths(1), b), u(n, months.get(t.minusYears(1)), i, t.minusYears(1), b),
                        u(n, months.get(t.minusYears(1).minusMonths(1)), i, t.minusYears(1).minusMonths(1), b));
                hist.get(b).add(uh);
                first = uh;
            }
        }
        Population pop = new Population(Period.parse(t.toString()), nodes, hist, List.of());
        System.out.println("nodes " + nodes.size());
        for (int rep = 0; rep < Integer.getInteger("reps", 4); rep++) {
            com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            long cpu0 = os.getProcessCpuTime();
            long s = System.nanoTime();
            AssessmentResult res = AssessmentEngine.run(pop, "CBRC", EnumSet.of(FormulaId.I1, FormulaId.I2, FormulaId.I3, FormulaId.I4,
                    FormulaId.I5, FormulaId.I6, FormulaId.I7, FormulaId.I8), QuantileMethod.DEFAULT, List.of());
            long ms = (System.nanoTime() - s) / 1_000_000;
            System.out.println("cpu " + (os.getProcessCpuTime() - cpu0) / 1_000_000 + " ms; run " + ms + " ms, values " + res.valueCount() + ", stats " + res.peerStatistics().size()
                    + ", keylists " + res.keyLists().size() + ", fp " + Fingerprint.hex(res.fingerprint()));
        }
    }

    private static UnitFigures u(NodeLinks n, FigureGenerator.Month m, int i, YearMonth ym, Basis b) {
        long[] v = b == Basis.RESTATED && m.restated()[i] != null ? m.restated()[i] : m.first()[i];
        return new UnitFigures(n.code(), n.kind(), n.peerGroup(), n.parentCode(), Period.parse(ym.toString()),
                new LoanFigures(BigDecimal.valueOf(v[0], 2), BigDecimal.valueOf(v[1], 2), BigDecimal.valueOf(v[2], 2), BigDecimal.valueOf(v[3], 2)), null, null);
    }
}
