package cn.npa.report.domain;

import cn.npa.report.domain.tree.Hierarchy;
import cn.npa.report.domain.tree.InstitutionKind;
import cn.npa.report.domain.tree.InstitutionSnapshot;
import cn.npa.report.domain.tree.PeerGroup;
import java.util.ArrayList;
import java.util.List;

/**
 * The small register of the domain tests. Bank A (large commercial, supervised by the CBRC) has a Guangdong grade-one
 * branch under bureau BUR-44 whose Shenzhen sub-branches sub-bureau SUB-4403 supervises, and a Beijing grade-one branch
 * under another bureau, BUR-11. Bank B is a Guangdong city commercial bank supervised by BUR-44.
 */
public final class Register {

    private final List<InstitutionSnapshot> rows = new ArrayList<>();

    public static Register small() {
        Register r = new Register();
        r.add("CBRC", InstitutionKind.REGULATOR_NATIONAL, null, null, "100000", null);
        r.add("BUR-44", InstitutionKind.REGULATOR_BUREAU, "CBRC", "CBRC", "440000", null);
        r.add("SUB-4403", InstitutionKind.REGULATOR_SUB_BUREAU, "BUR-44", "BUR-44", "440300", null);
        r.add("BUR-11", InstitutionKind.REGULATOR_BUREAU, "CBRC", "CBRC", "110000", null);
        r.add("BANK-A", InstitutionKind.BANK_HEAD_OFFICE, null, "CBRC", "110000", PeerGroup.LARGE_COMMERCIAL);
        r.add("A-GD", InstitutionKind.BRANCH_GRADE_ONE, "BANK-A", "BUR-44", "440000", null);
        r.add("A-GD-SZ1", InstitutionKind.SUB_BRANCH, "A-GD", "SUB-4403", "440300", null);
        r.add("A-GD-SZ2", InstitutionKind.SUB_BRANCH, "A-GD", "SUB-4403", "440300", null);
        r.add("A-GD-GZ", InstitutionKind.SUB_BRANCH, "A-GD", "BUR-44", "440100", null);
        r.add("A-BJ", InstitutionKind.BRANCH_GRADE_ONE, "BANK-A", "BUR-11", "110000", null);
        r.add("A-BJ-1", InstitutionKind.SUB_BRANCH, "A-BJ", "BUR-11", "110000", null);
        r.add("BANK-B", InstitutionKind.BANK_HEAD_OFFICE, null, "BUR-44", "440000", PeerGroup.CITY_COMMERCIAL);
        r.add("B-GD", InstitutionKind.BRANCH_GRADE_ONE, "BANK-B", "BUR-44", "440000", null);
        r.add("B-SZ", InstitutionKind.SUB_BRANCH, "B-GD", "SUB-4403", "440300", null);
        return r;
    }

    public Register add(String code, InstitutionKind kind, String parent, String supervisor, String region, PeerGroup peer) {
        rows.add(new InstitutionSnapshot(code, kind, parent, supervisor, region, peer));
        return this;
    }

    public List<InstitutionSnapshot> rows() {
        return List.copyOf(rows);
    }

    public Hierarchy hierarchy() {
        return Hierarchy.of(rows);
    }
}
