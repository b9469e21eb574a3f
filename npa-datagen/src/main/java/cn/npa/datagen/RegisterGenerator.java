package cn.npa.datagen;

import cn.npa.common.region.Provinces;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Generates a realistic national register: the CBRC, 36 bureaus with their sub-bureaus, and banks of every peer
 * group with grade-one branches, branches and sub-branches across real GB/T 2260 provinces.
 * The same seed and scale always give the same rows, in an order where every parent precedes its children.
 */
public final class RegisterGenerator {

    public static final String CBRC = "CBRC";
    public static final LocalDate OPENED = LocalDate.of(2000, 1, 1);
    private static final String[] PEER_ORDER = {"LARGE_COMMERCIAL", "JOINT_STOCK", "CITY_COMMERCIAL", "RURAL_COMMERCIAL", "PRIVATE", "FOREIGN"};
    /** Provinces where every national bank has a branch first: the largest banking markets (and Shenzhen). */
    private static final List<String> MAJOR_MARKETS = List.of("440000", "310000", "110000", "320000", "330000", "440300");
    private static final Map<String, String> PREFIX = Map.of("LARGE_COMMERCIAL", "LC", "JOINT_STOCK", "JS",
            "CITY_COMMERCIAL", "CC", "RURAL_COMMERCIAL", "RC", "PRIVATE", "PV", "FOREIGN", "FB");

    private final SplittableRandom random;
    private final RegisterScale scale;
    private final List<InstitutionRow> rows = new ArrayList<>();
    /** Supervising regulator per region code (bureaus for provinces and separate-plan cities, sub-bureaus for prefectures). */
    private final Map<String, String> regulatorByRegion = new LinkedHashMap<>();

    private RegisterGenerator(long seed, RegisterScale scale) {
        this.random = new SplittableRandom(seed);
        this.scale = scale;
    }

    /** The whole register for a seed and scale. */
    public static List<InstitutionRow> generate(long seed, RegisterScale scale) {
        RegisterGenerator g = new RegisterGenerator(seed, scale);
        g.regulators();
        g.banks();
        return List.copyOf(g.rows);
    }

    /** The bureau code of a province or separate-plan city. */
    public static String bureauCode(String region) {
        return "BUR-" + region;
    }

    private void regulators() {
        rows.add(row(CBRC, "China Banking Regulatory Commission", "REGULATOR_NATIONAL", null, null, "110000", null));
        for (String province : Provinces.mainland()) {
            addBureau(province, Provinces.PROVINCES.get(province));
        }
        Provinces.SEPARATE_PLAN_CITIES.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> addBureau(e.getKey(), e.getValue()));
        for (String province : Provinces.mainland()) {
            int count = scale.subBureaus(Provinces.PREFECTURES.get(province));
            int made = 0;
            for (int p = 1; made < count && p < 99; p++) {
                String region = province.substring(0, 2) + String.format("%02d", p) + "00";
                if (Provinces.SEPARATE_PLAN_CITIES.containsKey(region)) {
                    continue;
                }
                String code = "SUB-" + region;
                rows.add(row(code, Provinces.PROVINCES.get(province) + " Sub-bureau " + p, "REGULATOR_SUB_BUREAU",
                        bureauCode(province), bureauCode(province), region, null));
                regulatorByRegion.put(region, code);
                made++;
            }
        }
    }

    private void addBureau(String region, String name) {
        rows.add(row(bureauCode(region), name + " Banking Regulatory Bureau", "REGULATOR_BUREAU", CBRC, CBRC, region, null));
        regulatorByRegion.put(region, bureauCode(region));
    }

    private void banks() {
        List<String> provinces = Provinces.mainland();
        for (String peer : PEER_ORDER) {
            int count = scale.banksPerPeerGroup().getOrDefault(peer, 0);
            for (int i = 1; i <= count; i++) {
                String code = PREFIX.get(peer) + String.format("%04d", i);
                boolean national = peer.equals("LARGE_COMMERCIAL") || peer.equals("JOINT_STOCK") || peer.equals("FOREIGN");
                String drawn = provinces.get(random.nextInt(provinces.size()));
                String home = peer.equals("LARGE_COMMERCIAL") ? "110000" : drawn;
                String supervisor = national ? CBRC : bureauCode(home);
                rows.add(row(code, bankName(peer, i, home), "BANK_HEAD_OFFICE", null, supervisor, home, peer));
                int spread = Math.min(scale.provincesPerBank().getOrDefault(peer, 1), provinces.size() + 5);
                for (String region : footprint(home, spread, national)) {
                    gradeOneBranch(code, peer, region);
                }
            }
        }
    }

    /** The home province first, then (for national banks) the major markets, then the rest in a seeded order. */
    private List<String> footprint(String home, int spread, boolean national) {
        List<String> all = new ArrayList<>(Provinces.mainland());
        all.addAll(Provinces.SEPARATE_PLAN_CITIES.keySet().stream().sorted().toList());
        all.remove(home);
        for (int i = all.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            String t = all.get(i);
            all.set(i, all.get(j));
            all.set(j, t);
        }
        if (national) {
            all.removeAll(MAJOR_MARKETS);
            List<String> majors = new ArrayList<>(MAJOR_MARKETS);
            majors.remove(home);
            all.addAll(0, majors);
        }
        List<String> out = new ArrayList<>();
        out.add(home);
        out.addAll(all.subList(0, Math.min(spread - 1, all.size())));
        return out;
    }

    private void gradeOneBranch(String bank, String peer, String region) {
        String code = bank + "-" + region;
        rows.add(row(code, bank + " " + regionName(region) + " Branch", "BRANCH_GRADE_ONE", bank, regulatorByRegion.get(region), region, null));
        List<String> prefectures = prefecturesOf(region);
        int branches = scale.branchesPerGradeOne(peer);
        for (int b = 1; b <= branches; b++) {
            String prefecture = prefectures.isEmpty() ? region : prefectures.get((b - 1) % prefectures.size());
            String branchCode = code + "-" + String.format("%02d", b);
            String supervisor = regulatorByRegion.getOrDefault(prefecture, regulatorByRegion.get(region));
            rows.add(row(branchCode, bank + " " + regionName(region) + " Branch " + b, "BRANCH", code, supervisor, prefecture, null));
            int subs = scale.subBranchesPerBranch(peer);
            for (int s = 1; s <= subs; s++) {
                rows.add(row(branchCode + "-" + String.format("%03d", s), bank + " Sub-branch " + b + "-" + s, "SUB_BRANCH",
                        branchCode, supervisor, prefecture, null));
            }
        }
    }

    private List<String> prefecturesOf(String region) {
        String prefix = region.substring(0, 2);
        if (Provinces.SEPARATE_PLAN_CITIES.containsKey(region)) {
            return List.of(region);
        }
        return regulatorByRegion.keySet().stream()
                .filter(r -> r.startsWith(prefix) && !r.endsWith("0000") && !Provinces.SEPARATE_PLAN_CITIES.containsKey(r))
                .toList();
    }

    private static String regionName(String region) {
        String city = Provinces.SEPARATE_PLAN_CITIES.get(region);
        return city != null ? city : Provinces.PROVINCES.get(Provinces.provinceOf(region));
    }

    private static String bankName(String peer, int i, String home) {
        return switch (peer) {
            case "LARGE_COMMERCIAL" -> "Large Commercial Bank " + i;
            case "JOINT_STOCK" -> "Joint-Stock Bank " + i;
            case "CITY_COMMERCIAL" -> "Bank of " + regionName(home) + " City " + i;
            case "RURAL_COMMERCIAL" -> regionName(home) + " Rural Commercial Bank " + i;
            case "PRIVATE" -> "Private Bank " + i;
            default -> "Foreign Bank " + i + " (China)";
        };
    }

    private static InstitutionRow row(String code, String name, String kind, String parent, String supervisor,
                                      String region, String peer) {
        return new InstitutionRow(code, name, kind, parent, supervisor, region, peer, OPENED, null);
    }
}
