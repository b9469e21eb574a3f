package cn.npa.embedded;

import cn.npa.datagen.BankTreeFilings;
import cn.npa.datagen.FilingGenerator;
import cn.npa.datagen.InstitutionRow;
import cn.npa.datagen.Json;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the demo files, decided from the register, the seed and the last ended month alone (no service is asked):
 * <ul>
 *   <li>every head office its monthly NPL reports of the {@link #MONTHS} months ending with the last ended month, and
 *       its quarterly NPA reports of the quarters wholly inside them;</li>
 *   <li>Guangdong ({@link #PROVINCE}): its bureau sets branch deadlines ({@link #rules}), so every outlet there owes its
 *       branch reports, and every one files them: sub-branches their own books, branches and grade-one branches the
 *       exact sums of their children ({@link BankTreeFilings});</li>
 *   <li>the climb bank ({@link #climbBank}): a local bank of a province without branch deadlines whose sub-branches
 *       alone file, so the figures of its branches and grade-one branch are rolled up from them; its head office
 *       files the sum of its outlets, so its own report agrees with that climb;</li>
 *   <li>in the last ended month: {@link #MISSING} does not file (its obligation is generated beforehand, as the daily
 *       job would have done on the first of the month), and {@link #AMENDED} corrects its report after filing it,
 *       with every unit above it that files a sum.</li>
 * </ul>
 */
final class DemoPlan {

    static final int MONTHS = 14;
    /** Guangdong: every bank outlet in it owes and files branch reports. */
    static final String PROVINCE = "440000";
    static final String BUREAU = "BUR-440000";
    static final int MONTHLY_DUE_DAYS = 10;
    static final int QUARTERLY_DUE_DAYS = 15;
    /** The grade-one branch that leaves the last ended month unfiled (its branches and sub-branches file). */
    static final String MISSING = "JS0002-440000";
    /** The sub-branch that re-files the last ended month; its branch re-files its sum with it. */
    static final String AMENDED = "JS0002-440000-01-001";
    static final String AMENDMENT_REASON = "Loans of one client were misclassified as pass; part of them is substandard";
    /** The share of the client's performing loans that the amendment moves to substandard. */
    static final double AMENDED_SHARE = 0.4;

    /** One report to POST: who files it (the token's institution), its idempotency key and body. */
    record Filing(String institution, String reportType, String period, String key, String body) {
    }

    /** A branch deadline rule the bureau sets: due {@code dueDays} after the period end, in force from {@code validFrom}. */
    record Rule(String bureau, String reportType, int dueDays, LocalDate validFrom) {
        String json() {
            return "{\"bureauCode\":\"" + bureau + "\",\"reportType\":\"" + reportType + "\",\"dueDays\":" + dueDays
                    + ",\"validFrom\":\"" + validFrom + "\"}";
        }
    }

    final YearMonth from;
    final YearMonth to;
    final List<Rule> rules;
    /** The periods whose obligations are generated before filing: the last ended month, and its quarter when it closes one. */
    final List<String> latestPeriods;
    /** Each filer's reports in period order; filers file in parallel. */
    final List<List<Filing>> byFiler;
    /** The corrections, filed after everything else. */
    final List<Filing> amendments;
    final String climbBank;
    final List<String> climbPath;
    final String subBureau;

    private DemoPlan(YearMonth from, YearMonth to, List<Rule> rules, List<String> latestPeriods, List<List<Filing>> byFiler,
                     List<Filing> amendments, String climbBank, List<String> climbPath, String subBureau) {
        this.from = from;
        this.to = to;
        this.rules = rules;
        this.latestPeriods = latestPeriods;
        this.byFiler = byFiler;
        this.amendments = amendments;
        this.climbBank = climbBank;
        this.climbPath = climbPath;
        this.subBureau = subBureau;
    }

    static DemoPlan of(List<InstitutionRow> register, long seed, YearMonth lastEnded) {
        YearMonth from = lastEnded.minusMonths(MONTHS - 1);
        Map<String, InstitutionRow> byCode = new HashMap<>();
        register.forEach(r -> byCode.put(r.code(), r));
        List<String> periods = periods(from, lastEnded);
        List<String> latest = periods.stream().filter(p -> end(p).equals(lastEnded.atEndOfMonth())).toList();
        InstitutionRow climb = climbBank(register, byCode);
        List<Rule> rules = List.of(new Rule(BUREAU, "BRANCH_MONTHLY_NPL", MONTHLY_DUE_DAYS, from.atDay(1)),
                new Rule(BUREAU, "BRANCH_QUARTERLY_NPA", QUARTERLY_DUE_DAYS, from.atDay(1)));

        List<List<Filing>> byFiler = new ArrayList<>();
        List<Filing> amendments = new ArrayList<>();
        for (InstitutionRow ho : register.stream().filter(r -> r.kind().equals("BANK_HEAD_OFFICE")).toList()) {
            BankTreeFilings tree = BankTreeFilings.of(register, ho.code(), seed);
            Set<String> outletFilers = new HashSet<>();
            for (InstitutionRow unit : tree.units()) {
                boolean inProvince = !unit.code().equals(ho.code()) && gradeOneOf(unit, byCode).regionCode().equals(PROVINCE);
                boolean climbLeaf = ho == climb && tree.isLeaf(unit.code());
                if (inProvince || climbLeaf) {
                    outletFilers.add(unit.code());
                }
            }
            // a head office whose every outlet reports its own book files their sum; otherwise its own book
            boolean headOfficeSums = tree.units().stream().filter(u -> tree.isLeaf(u.code())).allMatch(u -> outletFilers.contains(u.code()));
            Map<String, List<Filing>> filings = new LinkedHashMap<>();
            for (String period : periods) {
                Map<String, Map<String, Object>> reports = outletFilers.isEmpty() && !headOfficeSums ? Map.of() : tree.reports(period);
                String headOfficeBody = headOfficeSums ? Json.write(reports.get(ho.code()))
                        : isQuarter(period) ? FilingGenerator.quarterly(ho, period, seed) : FilingGenerator.monthly(ho, period, seed);
                add(filings, ho.code(), period, headOfficeBody, false);
                for (InstitutionRow unit : tree.units()) {
                    boolean skipped = unit.code().equals(MISSING) && latest.contains(period);
                    if (outletFilers.contains(unit.code()) && !skipped) {
                        add(filings, unit.code(), period, Json.write(reports.get(unit.code())), false);
                    }
                }
            }
            if (tree.units().stream().anyMatch(u -> u.code().equals(AMENDED)) && outletFilers.contains(AMENDED)) {
                for (String period : latest) {
                    Map<String, List<Filing>> again = new LinkedHashMap<>();
                    tree.amended(period, AMENDED, AMENDED_SHARE, AMENDMENT_REASON).forEach((code, doc) -> {
                        boolean filed = filings.getOrDefault(code, List.of()).stream().anyMatch(f -> f.period().equals(period));
                        if (filed && (outletFilers.contains(code) || headOfficeSums)) {
                            add(again, code, period, Json.write(doc), true);
                        }
                    });
                    again.values().forEach(amendments::addAll);
                }
            }
            byFiler.addAll(filings.values());
        }
        List<String> climbPath = climb == null ? List.of() : climbPath(register, climb.code());
        String subBureau = climbPath.size() < 3 ? null : byCode.get(climbPath.get(2)).supervisorCode();
        return new DemoPlan(from, lastEnded, rules, latest, byFiler, amendments, climb == null ? null : climb.code(), climbPath,
                subBureau);
    }

    int filings() {
        return byFiler.stream().mapToInt(List::size).sum() + amendments.size();
    }

    /** How many versions of the last ended month the report service receives: its filings and their amendments. */
    int versionsOf(String period) {
        return (int) (byFiler.stream().flatMap(List::stream).filter(f -> f.period().equals(period)).count()
                + amendments.stream().filter(f -> f.period().equals(period)).count());
    }

    private static void add(Map<String, List<Filing>> into, String code, String period, String body, boolean amendment) {
        String type = body.substring(body.indexOf("\"reportType\":\"") + 14, body.indexOf('"', body.indexOf("\"reportType\":\"") + 14));
        String key = "demo-" + code + (isQuarter(period) ? "-Q-" : "-M-") + period + (amendment ? "-v2" : "");
        into.computeIfAbsent(code, c -> new ArrayList<>()).add(new Filing(code, type, period, key, body));
    }

    /** The months from..to and, after each quarter-end month, the quarter when it lies wholly inside. */
    private static List<String> periods(YearMonth from, YearMonth to) {
        List<String> out = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            out.add(m.toString());
            if (m.getMonthValue() % 3 == 0 && !m.minusMonths(2).isBefore(from)) {
                out.add(m.getYear() + "-Q" + m.getMonthValue() / 3);
            }
        }
        return out;
    }

    private static LocalDate end(String period) {
        return isQuarter(period) ? YearMonth.of(Integer.parseInt(period.substring(0, 4)), 3 * (period.charAt(6) - '0')).atEndOfMonth()
                : YearMonth.parse(period).atEndOfMonth();
    }

    static boolean isQuarter(String period) {
        return period.contains("-Q");
    }

    private static InstitutionRow gradeOneOf(InstitutionRow unit, Map<String, InstitutionRow> byCode) {
        InstitutionRow u = unit;
        while (!u.kind().equals("BRANCH_GRADE_ONE")) {
            u = byCode.get(u.parentCode());
        }
        return u;
    }

    /**
     * The first head office of the register whose outlets all lie in one province other than Guangdong and whose
     * branches answer to sub-bureaus: a local bank in a province that has set no branch deadlines.
     */
    private static InstitutionRow climbBank(List<InstitutionRow> register, Map<String, InstitutionRow> byCode) {
        for (InstitutionRow ho : register.stream().filter(r -> r.kind().equals("BANK_HEAD_OFFICE")).toList()) {
            List<InstitutionRow> gradeOne = register.stream().filter(r -> ho.code().equals(r.parentCode())).toList();
            boolean oneProvince = gradeOne.size() == 1 && !gradeOne.get(0).regionCode().equals(PROVINCE);
            Optional<InstitutionRow> branch = register.stream().filter(r -> oneProvince && gradeOne.get(0).code().equals(r.parentCode())).findFirst();
            if (branch.isPresent() && byCode.get(branch.get().supervisorCode()).kind().equals("REGULATOR_SUB_BUREAU")) {
                return ho;
            }
        }
        return null;
    }

    /** Head office, grade-one branch, its first branch and that branch's first sub-branch. */
    private static List<String> climbPath(List<InstitutionRow> register, String headOffice) {
        List<String> path = new ArrayList<>(List.of(headOffice));
        for (int level = 0; level < 3; level++) {
            String parent = path.get(path.size() - 1);
            register.stream().filter(r -> parent.equals(r.parentCode())).findFirst().ifPresent(r -> path.add(r.code()));
        }
        return path;
    }
}
