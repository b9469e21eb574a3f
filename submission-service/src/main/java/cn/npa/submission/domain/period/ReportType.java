package cn.npa.submission.domain.period;

import cn.npa.submission.domain.register.InstitutionKind;
import java.util.EnumSet;
import java.util.Set;

/**
 * The report types of domain spec section 2: the period each covers (none for {@link #MAJOR_CHANGE}, which is
 * filed for a detection date) and the institution kinds that file it.
 */
public enum ReportType {
    BANK_MONTHLY_NPL(PeriodKind.MONTH, Filer.HEAD_OFFICE),
    BANK_QUARTERLY_NPA(PeriodKind.QUARTER, Filer.HEAD_OFFICE),
    BANK_ANNUAL_NPA(PeriodKind.YEAR, Filer.HEAD_OFFICE),
    BUREAU_MONTHLY_NPL(PeriodKind.MONTH, Filer.BUREAU),
    BUREAU_QUARTERLY_ASSESSMENT(PeriodKind.QUARTER, Filer.BUREAU),
    BUREAU_ANNUAL_ASSESSMENT(PeriodKind.YEAR, Filer.BUREAU),
    BRANCH_MONTHLY_NPL(PeriodKind.MONTH, Filer.BRANCH),
    BRANCH_QUARTERLY_NPA(PeriodKind.QUARTER, Filer.BRANCH),
    MAJOR_CHANGE(null, Filer.HEAD_OFFICE_OR_BUREAU);

    private final PeriodKind periodKind;
    private final Filer filer;

    ReportType(PeriodKind periodKind, Filer filer) {
        this.periodKind = periodKind;
        this.filer = filer;
    }

    /** The kind of period the report covers; null for {@link #MAJOR_CHANGE}. */
    public PeriodKind periodKind() {
        return periodKind;
    }

    /** The group of filers the report belongs to. */
    public Filer filer() {
        return filer;
    }

    /** The institution kinds allowed to file this report. */
    public Set<InstitutionKind> filerKinds() {
        return filer.kinds;
    }

    public boolean isFiledBy(InstitutionKind kind) {
        return filer.kinds.contains(kind);
    }

    /** Whether the report covers a period (every type but {@link #MAJOR_CHANGE}). */
    public boolean isPeriodic() {
        return periodKind != null;
    }

    /** Whether the report covers periods of this kind. */
    public boolean takes(ReportPeriod period) {
        return periodKind != null && period.kind() == periodKind;
    }

    /** Branch reports, whose deadlines each bureau sets (Art. 18 para. 2, D3). */
    public boolean isBranchReport() {
        return filer == Filer.BRANCH;
    }

    /** Who files a report type. */
    public enum Filer {
        HEAD_OFFICE(EnumSet.of(InstitutionKind.BANK_HEAD_OFFICE)),
        BUREAU(EnumSet.of(InstitutionKind.REGULATOR_BUREAU)),
        BRANCH(EnumSet.of(InstitutionKind.BRANCH_GRADE_ONE, InstitutionKind.BRANCH, InstitutionKind.SUB_BRANCH)),
        HEAD_OFFICE_OR_BUREAU(EnumSet.of(InstitutionKind.BANK_HEAD_OFFICE, InstitutionKind.REGULATOR_BUREAU));

        private final Set<InstitutionKind> kinds;

        Filer(Set<InstitutionKind> kinds) {
            this.kinds = Set.copyOf(kinds);
        }
    }
}
