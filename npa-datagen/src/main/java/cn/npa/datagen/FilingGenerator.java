package cn.npa.datagen;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Deterministic filings in the JSON of docs/filing-format.md that pass V1-V7: the monthly NPL report of a head office
 * ({@code BANK_MONTHLY_NPL}) or a branch ({@code BRANCH_MONTHLY_NPL}), and the quarterly NPA report. Every month of a
 * filer follows one trajectory, so consecutive filings reconcile (Q2, Q5) and a quarter-end month agrees with its
 * quarterly report (Q6). The same filer, period and seed always give the same text.
 */
public final class FilingGenerator {

    private static final List<String> MAJOR_MARKETS = List.of("440000", "310000", "110000", "320000", "330000", "440300");

    private FilingGenerator() {
    }

    /** The monthly report of a filer for a month such as {@code 2026-10}, with the filer's usual shape. */
    public static String monthly(InstitutionRow filer, String period, long seed) {
        return monthly(filer, period, seed, Shape.forFiler(filer));
    }

    public static String monthly(InstitutionRow filer, String period, long seed, Shape shape) {
        return Json.write(monthlyDocument(filer, period, seed, shape));
    }

    /** The quarterly NPA report for a quarter such as {@code 2026-Q3}. */
    public static String quarterly(InstitutionRow filer, String quarter, long seed) {
        return quarterly(filer, quarter, seed, Shape.forFiler(filer));
    }

    public static String quarterly(InstitutionRow filer, String quarter, long seed, Shape shape) {
        return Json.write(quarterlyDocument(filer, quarter, seed, shape));
    }

    /** Consecutive monthly reports from {@code from} to {@code to} (both included), each reconciling with the one before. */
    public static List<String> history(InstitutionRow filer, String from, String to, long seed) {
        return history(filer, from, to, seed, Shape.forFiler(filer));
    }

    public static List<String> history(InstitutionRow filer, String from, String to, long seed, Shape shape) {
        YearMonth start = YearMonth.parse(from);
        YearMonth end = YearMonth.parse(to);
        List<Trajectory.Month> path = path(filer, seed, end);
        List<String> out = new ArrayList<>();
        for (YearMonth m = start; !m.isAfter(end); m = m.plusMonths(1)) {
            out.add(Json.write(monthDocument(filer, path, index(m), seed, shape)));
        }
        return out;
    }

    /** The monthly report as a tree (maps, lists, texts, BigDecimal amounts), before it is written as text. */
    public static Map<String, Object> monthlyDocument(InstitutionRow filer, String period, long seed, Shape shape) {
        return monthlyDocument(filer, BankProfile.of(filer, seed), period, seed, shape);
    }

    /** The monthly report of a filer whose size and risk come from the given profile (an outlet's share of its bank). */
    static Map<String, Object> monthlyDocument(InstitutionRow filer, BankProfile profile, String period, long seed, Shape shape) {
        YearMonth month = YearMonth.parse(period);
        return monthDocument(filer, path(profile, filer, seed, month), index(month), seed, shape);
    }

    /** The quarterly report as a tree. */
    public static Map<String, Object> quarterlyDocument(InstitutionRow filer, String quarter, long seed, Shape shape) {
        return quarterlyDocument(filer, BankProfile.of(filer, seed), quarter, seed, shape);
    }

    /** The quarterly report of a filer whose size and risk come from the given profile. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> quarterlyDocument(InstitutionRow filer, BankProfile profile, String quarter, long seed, Shape shape) {
        YearMonth last = lastMonthOf(quarter);
        List<Trajectory.Month> path = path(profile, filer, seed, last.plusMonths(1));
        int i = index(last);
        if (i < 2) {
            throw new IllegalArgumentException("quarters start at " + Trajectory.EPOCH + ": " + quarter);
        }
        Flows flows = flows(filer, path, i - 2, seed).then(flows(filer, path, i - 1, seed)).then(flows(filer, path, i, seed));
        Map<String, Object> loans = loans(filer, path.get(i), flows, shape, seed, i);
        SplittableRandom rng = Alloc.rng(seed, filer.code(), 22, i);
        double before = i >= 3 ? path.get(i - 3).ratio() : path.get(i - 2).ratio();
        String topCause = flows.causes().entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("OTHER");
        Map<String, Object> doc = header(filer, "QUARTERLY_NPA", quarter);
        doc.put("loans", loans);
        doc.put("nonCredit", QuarterSections.nonCredit(path.get(i).loans(), rng));
        doc.put("offBalanceSheet", QuarterSections.offBalanceSheet(path.get(i).loans(), rng));
        doc.put("narrative", QuarterSections.narrative(before, path.get(i).ratio(), path.get(i + 1).ratio(),
                (List<Object>) loans.get("clients"), topCause));
        return doc;
    }

    /** True when the seed puts this filer's bank through a deterioration cycle (the demo's visible story). */
    public static boolean deteriorates(InstitutionRow filer, long seed) {
        return BankProfile.of(filer, seed).stressed();
    }

    private static Map<String, Object> monthDocument(InstitutionRow filer, List<Trajectory.Month> path, int i, long seed, Shape shape) {
        Map<String, Object> doc = header(filer, "MONTHLY_NPL", path.get(i).month().toString());
        doc.put("loans", loans(filer, path.get(i), flows(filer, path, i, seed), shape, seed, i));
        return doc;
    }

    private static Map<String, Object> loans(InstitutionRow filer, Trajectory.Month close, Flows flows, Shape shape, long seed, int i) {
        return LoanBook.section(close, flows, shape, regions(filer, shape.regions()),
                ClientPool.of(seed, filer.code(), shape.clients()), Alloc.rng(seed, filer.code(), 21, i));
    }

    private static Flows flows(InstitutionRow filer, List<Trajectory.Month> path, int i, long seed) {
        return Flows.of(path.get(i), Alloc.rng(seed, filer.code(), 20, i));
    }

    static Map<String, Object> header(InstitutionRow filer, String suffix, String period) {
        String prefix = switch (filer.kind()) {
            case "BANK_HEAD_OFFICE" -> "BANK_";
            case "BRANCH_GRADE_ONE", "BRANCH", "SUB_BRANCH" -> "BRANCH_";
            default -> throw new IllegalArgumentException(filer.code() + " is a " + filer.kind() + ": it files no loan figures");
        };
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("institutionCode", filer.code());
        header.put("reportType", prefix + suffix);
        header.put("period", period);
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("header", header);
        return doc;
    }

    private static List<Trajectory.Month> path(InstitutionRow filer, long seed, YearMonth to) {
        return path(BankProfile.of(filer, seed), filer, seed, to);
    }

    static List<Trajectory.Month> path(BankProfile profile, InstitutionRow filer, long seed, YearMonth to) {
        return Trajectory.path(profile, filer.code(), seed, to);
    }

    /** The last month of a quarter such as {@code 2026-Q3}. */
    static YearMonth lastMonthOf(String quarter) {
        if (!quarter.matches("\\d{4}-Q[1-4]")) {
            throw new IllegalArgumentException("a quarter looks like 2026-Q3: " + quarter);
        }
        return YearMonth.of(Integer.parseInt(quarter.substring(0, 4)), 3 * (quarter.charAt(6) - '0'));
    }

    static int index(YearMonth m) {
        return (int) ChronoUnit.MONTHS.between(Trajectory.EPOCH, m);
    }

    /** The home region first, then the major markets, then every other province and separate-plan city. */
    static List<String> regions(InstitutionRow filer, int count) {
        if (!"BANK_HEAD_OFFICE".equals(filer.kind())) {
            return List.of(filer.regionCode()).subList(0, Math.min(1, count));
        }
        List<String> all = Stream.concat(Stream.concat(Stream.of(filer.regionCode()), MAJOR_MARKETS.stream()),
                Stream.concat(cn.npa.common.region.Provinces.mainland().stream(),
                        cn.npa.common.region.Provinces.SEPARATE_PLAN_CITIES.keySet().stream().sorted())).distinct().toList();
        return all.subList(0, Math.min(count, all.size()));
    }
}
