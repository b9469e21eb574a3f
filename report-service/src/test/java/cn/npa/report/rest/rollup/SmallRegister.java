package cn.npa.report.rest.rollup;

import cn.npa.report.rest.rollup.RegisterExportFixture.Row;
import java.util.ArrayList;
import java.util.List;

/**
 * The register of the rollup tests (issue 11, "Done when"): the CBRC, the Guangdong bureau with its Shenzhen
 * sub-bureau, the Beijing bureau; bank LA (head office supervised by the CBRC) with a Guangdong grade-one branch whose
 * Shenzhen sub-branches the sub-bureau supervises and a Guangzhou sub-branch the bureau supervises, and a Beijing
 * grade-one branch; bank CB, a local bank the Guangdong bureau supervises.
 */
public final class SmallRegister {

    public static final String CBRC = "CBRC";
    public static final String GD = "BUR-440000";
    public static final String SZ = "SUB-440300";
    public static final String BJ = "BUR-110000";
    public static final String LA = "LA0001";
    public static final String LA_GD = "LA0001-GD";
    public static final String SZ1 = "LA0001-GD-SZ1";
    public static final String SZ2 = "LA0001-GD-SZ2";
    public static final String GZ1 = "LA0001-GD-GZ1";
    public static final String LA_BJ = "LA0001-BJ";
    public static final String CB = "CB0001";

    private SmallRegister() {
    }

    public static List<Row> rows() {
        return rows(LA_GD);
    }

    /** The register with SZ2 under {@code parentOfSz2} (a branch moved between two periods). */
    static List<Row> rows(String parentOfSz2) {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(CBRC, "China Banking Regulatory Commission", "REGULATOR_NATIONAL", null, null, null, null));
        rows.add(new Row(GD, "Guangdong Bureau", "REGULATOR_BUREAU", CBRC, CBRC, "440000", null));
        rows.add(new Row(SZ, "Shenzhen Sub-bureau", "REGULATOR_SUB_BUREAU", GD, GD, "440300", null));
        rows.add(new Row(BJ, "Beijing Bureau", "REGULATOR_BUREAU", CBRC, CBRC, "110000", null));
        rows.add(new Row(LA, "Large Bank A", "BANK_HEAD_OFFICE", null, CBRC, "110000", "LARGE_COMMERCIAL"));
        rows.add(new Row(LA_GD, "Large Bank A Guangdong Branch", "BRANCH_GRADE_ONE", LA, GD, "440000", null));
        rows.add(new Row(SZ1, "Large Bank A Shenzhen Futian Sub-branch", "SUB_BRANCH", LA_GD, SZ, "440300", null));
        rows.add(new Row(SZ2, "Large Bank A Shenzhen Nanshan Sub-branch", "SUB_BRANCH", parentOfSz2,
                parentOfSz2.equals(LA_GD) ? SZ : BJ, parentOfSz2.equals(LA_GD) ? "440300" : "110000", null));
        rows.add(new Row(GZ1, "Large Bank A Guangzhou Sub-branch", "SUB_BRANCH", LA_GD, GD, "440100", null));
        rows.add(new Row(LA_BJ, "Large Bank A Beijing Branch", "BRANCH_GRADE_ONE", LA, BJ, "110000", null));
        rows.add(new Row(CB, "City Bank of Guangdong", "BANK_HEAD_OFFICE", null, GD, "440000", "CITY_COMMERCIAL"));
        return rows;
    }
}
