package cn.npa.submission.domain.filing;

import cn.npa.common.region.Provinces;
import java.util.List;

/** Reads the loan section (Art. 8); key fields of list rows are checked here, sums later by the validator. */
final class LoanSectionReader {

    private LoanSectionReader() {
    }

    static LoanSection read(Cursor c, FilingKind kind) {
        var totalLoans = c.amount("totalLoans", false);
        Grades grades = c.object("grades", true, g -> new Grades(g.amount("pass", true), g.amount("specialMention", true),
                g.amount("substandard", true), g.amount("doubtful", true), g.amount("loss", true)));
        List<IndustryLine> industries = c.list("byIndustry", true,
                r -> new IndustryLine(industry(r), r.amount("total", true), r.amount("npl", true)));
        DuplicateKeys.check(c, industries, "byIndustry", "industry", IndustryLine::industry);
        boolean regionRequired = kind != null && kind.byRegion() == Presence.REQUIRED;
        List<RegionLine> regions = c.list("byRegion", regionRequired,
                r -> new RegionLine(region(r), r.amount("total", true), r.amount("npl", true)));
        if (!regionRequired) {
            regions = statedOrAbsent(regions);
        }
        DuplicateKeys.check(c, regions, "byRegion", "regionCode", RegionLine::regionCode);
        NplMovements movements = c.object("movements", true, LoanSectionReader::movements);
        List<VintageLine> vintages = c.list("vintages", true,
                r -> new VintageLine(r.year("year"), r.amount("balance", true), r.amount("npl", true)));
        DuplicateKeys.check(c, vintages, "vintages", "year", VintageLine::year);
        List<CauseLine> causes = c.list("newNplCauses", true,
                r -> new CauseLine(r.choice("cause", NplCause.class), r.amount("amount", true)));
        DuplicateKeys.check(c, causes, "newNplCauses", "cause", CauseLine::cause);
        List<ClientExposure> clients = c.list("clients", true, LoanSectionReader::client);
        DuplicateKeys.check(c, clients, "clients", "clientId", ClientExposure::clientId);
        return new LoanSection(totalLoans, grades, industries, regions, movements, vintages, causes, clients);
    }

    private static NplMovements movements(Cursor m) {
        var opening = m.amount("openingNpl", false);
        var newNpl = m.amount("newNpl", true);
        var cash = m.amount("cashCollected", true);
        var writtenOff = m.amount("writtenOff", true);
        var swap = m.amount("debtAssetSwap", true);
        var upgraded = m.amount("upgraded", true);
        var other = m.amount("otherReduction", true);
        List<DisposalLine> methods = statedOrAbsent(m.list("byDisposalMethod", false,
                r -> new DisposalLine(r.choice("method", DisposalMethod.class), r.amount("amount", true))));
        DuplicateKeys.check(m, methods, "byDisposalMethod", "method", DisposalLine::method);
        return new NplMovements(opening, newNpl, cash, writtenOff, swap, upgraded, other, methods);
    }

    /**
     * An optional breakdown sent as {@code []} is not stated, as if absent: generated clients send an empty list for an
     * unset optional list, and reading it as "the lines add up to 0" would refuse the report under V3.
     */
    private static <T> List<T> statedOrAbsent(List<T> lines) {
        return lines == null || lines.isEmpty() ? null : lines;
    }

    private static ClientExposure client(Cursor r) {
        // The code's form and check character are V6, judged by the validator; here only that it is text.
        String id = r.code("clientId", true, 40);
        return new ClientExposure(id, r.text("name", true, 200), r.code("groupId", false, 40),
                r.amount("loanBalance", true), r.amount("nplBalance", true));
    }

    private static String industry(Cursor r) {
        String s = r.code("industry", true, 10);
        if (s != null && !s.matches("[A-T]")) {
            r.problems().add(Cursor.STRUCTURE, r.path() + ".industry", "'" + s + "' is not a GB/T 4754 section (one letter A to T)");
            return null;
        }
        return s;
    }

    private static String region(Cursor r) {
        String s = r.code("regionCode", true, 10);
        if (s != null && !Provinces.isValidRegion(s)) {
            r.problems().add(Cursor.STRUCTURE, r.path() + ".regionCode", "'" + s + "' is not a six-digit GB/T 2260 region code");
            return null;
        }
        return s;
    }
}
