package cn.npa.submission.domain.register;

import java.time.LocalDate;

/** A small builder of register rows for tests: sensible defaults per kind, override what the test is about. */
public final class Inst {

    private String code;
    private String name;
    private InstitutionKind kind;
    private String parent;
    private String supervisor;
    private String region = "440000";
    private PeerGroup peer;
    private LocalDate from = LocalDate.of(2000, 1, 1);
    private LocalDate to;

    private Inst(String code, InstitutionKind kind) {
        this.code = code;
        this.name = code + " name";
        this.kind = kind;
    }

    public static Inst cbrc() {
        return new Inst("CBRC", InstitutionKind.REGULATOR_NATIONAL).region("110000");
    }

    public static Inst bureau(String code, String region) {
        return new Inst(code, InstitutionKind.REGULATOR_BUREAU).parent("CBRC").supervisor("CBRC").region(region);
    }

    public static Inst subBureau(String code, String bureau, String region) {
        return new Inst(code, InstitutionKind.REGULATOR_SUB_BUREAU).parent(bureau).supervisor(bureau).region(region);
    }

    public static Inst headOffice(String code, String supervisor) {
        Inst i = new Inst(code, InstitutionKind.BANK_HEAD_OFFICE).supervisor(supervisor);
        i.peer = PeerGroup.CITY_COMMERCIAL;
        return i;
    }

    public static Inst gradeOne(String code, String headOffice, String bureau) {
        return new Inst(code, InstitutionKind.BRANCH_GRADE_ONE).parent(headOffice).supervisor(bureau);
    }

    public static Inst branch(String code, String gradeOne, String supervisor) {
        return new Inst(code, InstitutionKind.BRANCH).parent(gradeOne).supervisor(supervisor);
    }

    public static Inst subBranch(String code, String parent, String supervisor) {
        return new Inst(code, InstitutionKind.SUB_BRANCH).parent(parent).supervisor(supervisor);
    }

    public Inst parent(String p) {
        this.parent = p;
        return this;
    }

    public Inst supervisor(String s) {
        this.supervisor = s;
        return this;
    }

    public Inst region(String r) {
        this.region = r;
        return this;
    }

    public Inst peer(PeerGroup p) {
        this.peer = p;
        return this;
    }

    public Inst kind(InstitutionKind k) {
        this.kind = k;
        return this;
    }

    public Inst from(String d) {
        this.from = LocalDate.parse(d);
        return this;
    }

    public Inst to(String d) {
        this.to = d == null ? null : LocalDate.parse(d);
        return this;
    }

    public Institution build() {
        return new Institution(code, name, kind, parent, supervisor, region, peer, from, to);
    }

    /** The same row as text input, as a caller would send it. */
    public InstitutionDraft input() {
        return new InstitutionDraft(code, name, kind == null ? null : kind.name(), parent, supervisor, region,
                peer == null ? null : peer.name(), from == null ? null : from.toString(), to == null ? null : to.toString());
    }
}
