package cn.npa.datagen;

import java.io.IOException;
import java.io.Writer;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Monthly figures of every node of a register as the report service would send them to the indicator service
 * (docs/indicators.md, "Intake"): each sub-branch (the leaves) follows its own seeded trajectory of loans, NPL ratio and
 * cash collection; every other bank node is the sum of its children (R1), every regulator the sum of the maximal
 * nodes of its jurisdiction, every peer group the sum of its head offices. About 1 % of the leaves are restated each
 * month (NPL 2 % higher), and every node above them with them. The same seed, register and month always give the same
 * figures, in fen.
 */
public final class FigureGenerator {

    /** Amounts in fen: total loans, NPL, cash collected in the month, cash collected year to date. */
    public static final int TOTAL = 0, NPL = 1, CASH = 2, CASH_YTD = 3;

    private final List<InstitutionRow> rows;
    private final long seed;
    private final Map<String, Integer> index = new HashMap<>();
    private final int[] parent;
    /** The regulators each bank node's figures are added to: those for which it is a maximal node. */
    private final int[][] addTo;
    private final List<Integer> headOffices = new ArrayList<>();
    private final boolean[] leaf;

    /** One month's figures: per node, as first reported and (null when unchanged) as restated. */
    public record Month(YearMonth month, long[][] first, long[][] restated) {
    }

    public FigureGenerator(List<InstitutionRow> register, long seed) {
        this.rows = List.copyOf(register);
        this.seed = seed;
        for (int i = 0; i < rows.size(); i++) {
            index.put(rows.get(i).code(), i);
        }
        parent = new int[rows.size()];
        leaf = new boolean[rows.size()];
        addTo = new int[rows.size()][];
        for (int i = 0; i < rows.size(); i++) {
            InstitutionRow r = rows.get(i);
            parent[i] = r.parentCode() == null ? -1 : index.get(r.parentCode());
            leaf[i] = r.kind().equals("SUB_BRANCH");
            if (r.kind().equals("BANK_HEAD_OFFICE")) {
                headOffices.add(i);
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            if (isBank(i)) {
                List<Integer> chain = chain(i);
                List<Integer> parentChain = parent[i] < 0 ? List.of() : chain(parent[i]);
                addTo[i] = chain.stream().filter(r -> !parentChain.contains(r)).mapToInt(Integer::intValue).toArray();
            }
        }
    }

    private boolean isBank(int i) {
        String k = rows.get(i).kind();
        return !k.startsWith("REGULATOR");
    }

    /** The regulators above a bank node: its supervisor and theirs. */
    private List<Integer> chain(int i) {
        List<Integer> out = new ArrayList<>();
        Integer at = index.get(rows.get(i).supervisorCode());
        while (at != null && !out.contains(at)) {
            out.add(at);
            at = index.get(rows.get(at).supervisorCode());
        }
        return out;
    }

    public List<InstitutionRow> rows() {
        return rows;
    }

    /** Every node's figures for a month. */
    public Month month(YearMonth m) {
        int n = rows.size();
        long[][] first = new long[n][];
        long[][] restated = new long[n][];
        for (int i = 0; i < n; i++) {
            first[i] = new long[4];
            if (leaf[i]) {
                first[i] = leafFigures(rows.get(i).code(), m);
                if (rng(rows.get(i).code(), 9, months(m)).nextDouble() < 0.01) {
                    long[] r = first[i].clone();
                    r[NPL] = Math.min(r[TOTAL], r[NPL] + r[NPL] / 50);
                    restated[i] = r;
                }
            }
        }
        // Rows come parents first: going from the end, every child is complete before it is added to its parent.
        boolean[] touched = new boolean[n];
        for (int i = n - 1; i >= 0; i--) {
            if (parent[i] >= 0) {
                add(first[parent[i]], first[i]);
                touched[parent[i]] |= restated[i] != null || touched[i];
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            if (touched[i]) {
                restated[i] = new long[4];
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            if (parent[i] >= 0 && touched[parent[i]]) {
                add(restated[parent[i]], restated[i] != null ? restated[i] : first[i]);
            }
        }
        // Regulators: the sum of the maximal nodes of the jurisdiction; restated when one of them is.
        boolean[] regulatorTouched = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (isBank(i)) {
                for (int r : addTo[i]) {
                    add(first[r], first[i]);
                    regulatorTouched[r] |= restated[i] != null;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (regulatorTouched[i]) {
                restated[i] = new long[4];
            }
        }
        for (int i = 0; i < n; i++) {
            if (isBank(i)) {
                for (int r : addTo[i]) {
                    if (regulatorTouched[r]) {
                        add(restated[r], restated[i] != null ? restated[i] : first[i]);
                    }
                }
            }
        }
        return new Month(m, first, restated);
    }

    private static void add(long[] target, long[] v) {
        for (int k = 0; k < 4; k++) {
            target[k] += v[k];
        }
    }

    /** A sub-branch's loans, NPL and cash collection for a month (fen). */
    private long[] leafFigures(String code, YearMonth m) {
        SplittableRandom base = rng(code, 1, 0);
        double loans0 = Math.exp(Math.log(2e9) + base.nextDouble() * Math.log(100)); // 20 million to 2 billion yuan, in fen
        double growth = 0.002 + 0.008 * base.nextDouble();
        double ratio0 = 0.004 + 0.04 * base.nextDouble() * base.nextDouble();
        double drift = (base.nextDouble() - 0.55) * 0.0008;
        double collect = 0.004 + 0.02 * base.nextDouble();
        long t = months(m);
        long[] out = new long[4];
        out[TOTAL] = loans(loans0, growth, t, code);
        out[NPL] = Math.min(out[TOTAL], Math.round(out[TOTAL] * ratio(ratio0, drift, t, code)));
        for (int k = 1; k <= m.getMonthValue(); k++) {
            long tk = t - m.getMonthValue() + k;
            long loansK = loans(loans0, growth, tk, code);
            long nplK = Math.min(loansK, Math.round(loansK * ratio(ratio0, drift, tk, code)));
            long cash = Math.round(nplK * collect * (0.5 + rng(code, 3, tk).nextDouble()));
            out[CASH_YTD] += cash;
            if (k == m.getMonthValue()) {
                out[CASH] = cash;
            }
        }
        return out;
    }

    private long loans(double loans0, double growth, long t, String code) {
        return Math.round(loans0 * Math.pow(1 + growth, t) * (0.98 + 0.04 * rng(code, 2, t).nextDouble()));
    }

    private double ratio(double ratio0, double drift, long t, String code) {
        return Math.max(0.001, Math.min(0.2, ratio0 + drift * t + 0.002 * (rng(code, 4, t).nextDouble() - 0.5)));
    }

    private static long months(YearMonth m) {
        return (m.getYear() - 2020) * 12L + m.getMonthValue();
    }

    private SplittableRandom rng(String code, int salt, long t) {
        return Alloc.rng(seed, code, salt, t);
    }

    /**
     * Writes the intake body of a month: every node with its links and figures, and ten client exposures of every
     * grade-one branch and every head office of a local bank.
     */
    public void writeIntake(Month m, int figureVersion, Writer out) throws IOException {
        out.write("{\"period\":\"" + m.month() + "\",\"figureVersion\":" + figureVersion + ",\"nodes\":[\n");
        boolean firstNode = true;
        for (int i = 0; i < rows.size(); i++) {
            out.write(firstNode ? "" : ",\n");
            firstNode = false;
            writeNode(i, m, out);
        }
        for (String group : peerGroups()) {
            out.write(",\n");
            long[] sum = new long[4];
            for (int h : headOffices) {
                if (group.equals(rows.get(h).peerGroup())) {
                    for (int k = 0; k < 4; k++) {
                        sum[k] += m.first()[h][k];
                    }
                }
            }
            out.write("{\"code\":\"PEER-" + group.replace('_', '-') + "\",\"kind\":\"PEER_GROUP\",\"peerGroup\":\"" + group
                    + "\",\"figures\":{\"AS_FIRST_REPORTED\":" + sections(sum) + "}}");
        }
        out.write("\n],\"clientExposures\":[\n");
        boolean firstLine = true;
        for (int i = 0; i < rows.size(); i++) {
            if (!isFiler(i)) {
                continue;
            }
            for (String line : exposures(i, m)) {
                out.write(firstLine ? "" : ",\n");
                firstLine = false;
                out.write(line);
            }
        }
        out.write("\n]}\n");
    }

    private static List<String> peerGroups() {
        return List.of("LARGE_COMMERCIAL", "JOINT_STOCK", "CITY_COMMERCIAL", "RURAL_COMMERCIAL", "PRIVATE", "FOREIGN");
    }

    private boolean isFiler(int i) {
        InstitutionRow r = rows.get(i);
        return r.kind().equals("BRANCH_GRADE_ONE") || r.kind().equals("BANK_HEAD_OFFICE") && !r.supervisorCode().equals(RegisterGenerator.CBRC);
    }

    private void writeNode(int i, Month m, Writer out) throws IOException {
        InstitutionRow r = rows.get(i);
        StringBuilder b = new StringBuilder(400);
        b.append("{\"code\":\"").append(r.code()).append("\",\"kind\":\"").append(r.kind()).append('"');
        if (r.parentCode() != null) {
            b.append(",\"parentCode\":\"").append(r.parentCode()).append('"');
        }
        if (r.supervisorCode() != null) {
            b.append(",\"supervisorCode\":\"").append(r.supervisorCode()).append('"');
        }
        if (isBank(i)) {
            String ho = headOffice(i);
            b.append(",\"headOfficeCode\":\"").append(rows.get(index.get(ho)).code()).append('"');
            b.append(",\"peerGroup\":\"").append(rows.get(index.get(ho)).peerGroup()).append('"');
        }
        b.append(",\"regionCode\":\"").append(r.regionCode()).append('"');
        b.append(",\"figures\":{\"AS_FIRST_REPORTED\":").append(sections(m.first()[i]));
        if (m.restated()[i] != null) {
            b.append(",\"RESTATED\":").append(sections(m.restated()[i]));
        }
        b.append("}}");
        out.write(b.toString());
    }

    private String headOffice(int i) {
        int at = i;
        while (parent[at] >= 0) {
            at = parent[at];
        }
        return rows.get(at).code();
    }

    private static String sections(long[] v) {
        return "{\"loan\":{\"totalLoans\":" + yuan(v[TOTAL]) + ",\"npl\":" + yuan(v[NPL]) + ",\"cashCollected\":" + yuan(v[CASH])
                + ",\"cashCollectedYtd\":" + yuan(v[CASH_YTD]) + "}}";
    }

    /** Fen as a yuan amount with two fraction digits. */
    public static String yuan(long fen) {
        return Alloc.yuan(fen).toPlainString();
    }

    /** Large corporates borrowing from many filers, and local clients of a few. */
    private static final int LARGE_CLIENTS = 2_000, LOCAL_CLIENTS = 60_000;

    /**
     * A filer's ten clients, the same every month: two large corporates (each borrowing at about ten filers) and eight
     * local clients (each at one or two), as exposures spread in life, so that K5-K7 lists stay the size they have.
     */
    private List<ClientPool.Client> clientsOf(String filer) {
        SplittableRandom r = Alloc.rng(seed, filer, 12, 0);
        List<ClientPool.Client> out = new ArrayList<>();
        java.util.Set<Integer> picked = new java.util.HashSet<>();
        while (out.size() < 10) {
            int index = out.size() < 2 ? r.nextInt(LARGE_CLIENTS) : LARGE_CLIENTS + r.nextInt(LOCAL_CLIENTS);
            if (picked.add(index)) {
                out.add(ClientPool.client(seed, index));
            }
        }
        return out;
    }

    /** Ten clients of a filer: loans a share of its total, NPL at about two of three (decided per client and filer). */
    private List<String> exposures(int i, Month m) {
        long total = m.first()[i][TOTAL];
        String filer = rows.get(i).code();
        List<String> out = new ArrayList<>();
        int k = 0;
        for (ClientPool.Client c : clientsOf(filer)) {
            SplittableRandom r = Alloc.rng(seed, filer + c.id(), 11, months(m.month()));
            long loan = Math.round(total * (0.001 + 0.01 * Math.pow(0.8, k++)) * (0.9 + 0.2 * r.nextDouble()));
            long npl = Math.floorMod((filer + c.id()).hashCode(), 3) == 0 ? 0 : Math.round(loan * (0.05 + 0.5 * r.nextDouble()));
            out.add("{\"filerCode\":\"" + filer + "\",\"clientCode\":\"" + c.id() + "\",\"name\":\"" + c.name() + "\""
                    + (c.groupId() == null ? "" : ",\"groupId\":\"" + c.groupId() + "\"")
                    + ",\"loanBalance\":" + yuan(loan) + ",\"nplBalance\":" + yuan(npl) + "}");
        }
        return out;
    }
}
