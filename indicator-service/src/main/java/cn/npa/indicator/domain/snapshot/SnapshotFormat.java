package cn.npa.indicator.domain.snapshot;

import cn.npa.indicator.domain.figures.LoanFigures;
import cn.npa.indicator.domain.figures.NonCreditFigures;
import cn.npa.indicator.domain.figures.ObsFigures;
import cn.npa.indicator.domain.intake.FigureSections;

/**
 * Format 1 of a load's snapshot (docs/indicators.md, "Load snapshots"). Header: the bytes {@code NPAS}, the format, the
 * node count, then the names of the institution kinds and of the peer groups as written (records refer to them by
 * index, so reordering an enum cannot misread an old snapshot). Then one record per node in code order (unsigned byte
 * order, which is text order for codes of [A-Z0-9-]): its length, then the code, kind index, peer group index + 1
 * (0: none), parent, supervisor, head office and region codes (texts, length + 1 first, 0: null), a byte of section
 * flags and the amounts of the sections present (first reported, then restated), each exact ({@link Amounts}).
 */
final class SnapshotFormat {

    static final int FORMAT = 1;
    static final byte[] MAGIC = {'N', 'P', 'A', 'S'};

    static final int FIRST_LOAN = 1;
    static final int FIRST_NON_CREDIT = 1 << 1;
    static final int FIRST_OBS = 1 << 2;
    static final int RESTATED = 1 << 3;
    static final int RESTATED_LOAN = 1 << 4;
    static final int RESTATED_NON_CREDIT = 1 << 5;
    static final int RESTATED_OBS = 1 << 6;

    private SnapshotFormat() {
    }

    /** The flags of one basis's sections, shifted to the basis's bits (0 for first reported, 4 for restated). */
    static int flags(FigureSections s, int shift) {
        int f = 0;
        if (s.loan() != null) {
            f |= FIRST_LOAN;
        }
        if (s.nonCredit() != null) {
            f |= FIRST_NON_CREDIT;
        }
        if (s.obs() != null) {
            f |= FIRST_OBS;
        }
        return f << shift;
    }

    static void writeSections(ByteSink out, FigureSections s) {
        LoanFigures loan = s.loan();
        if (loan != null) {
            Amounts.write(out, loan.totalLoans());
            Amounts.write(out, loan.npl());
            Amounts.write(out, loan.cashCollected());
            Amounts.write(out, loan.cashCollectedYtd());
        }
        NonCreditFigures nc = s.nonCredit();
        if (nc != null) {
            Amounts.write(out, nc.totalAssets());
            Amounts.write(out, nc.npa());
            Amounts.write(out, nc.estimatedLosses());
        }
        ObsFigures obs = s.obs();
        if (obs != null) {
            Amounts.write(out, obs.balance());
            Amounts.write(out, obs.advances());
        }
    }

    /** The sections a basis's flags (already shifted to bits 0-2) say are present. */
    static FigureSections readSections(ByteCursor in, int flags) {
        LoanFigures loan = (flags & FIRST_LOAN) == 0 ? null
                : new LoanFigures(Amounts.read(in), Amounts.read(in), Amounts.read(in), Amounts.read(in));
        NonCreditFigures nc = (flags & FIRST_NON_CREDIT) == 0 ? null : new NonCreditFigures(Amounts.read(in), Amounts.read(in), Amounts.read(in));
        ObsFigures obs = (flags & FIRST_OBS) == 0 ? null : new ObsFigures(Amounts.read(in), Amounts.read(in));
        return new FigureSections(loan, nc, obs);
    }
}
