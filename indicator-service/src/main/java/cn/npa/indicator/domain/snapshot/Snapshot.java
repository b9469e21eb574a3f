package cn.npa.indicator.domain.snapshot;

import cn.npa.indicator.domain.figures.InstitutionKind;
import cn.npa.indicator.domain.figures.PeerGroup;
import cn.npa.indicator.domain.intake.FigureSections;
import cn.npa.indicator.domain.intake.NodeLinks;

/**
 * A load's snapshot read back: the records indexed once (one jump per node), each node's links and figures decoded
 * only when asked for, in code order.
 */
public final class Snapshot {

    /** The layout this code writes and reads. */
    public static final int FORMAT = SnapshotFormat.FORMAT;

    private final byte[] bytes;
    private final int end;
    private final int[] at;
    private final InstitutionKind[] kinds;
    private final PeerGroup[] groups;

    private Snapshot(byte[] bytes, int end, int[] at, InstitutionKind[] kinds, PeerGroup[] groups) {
        this.bytes = bytes;
        this.end = end;
        this.at = at;
        this.kinds = kinds;
        this.groups = groups;
    }

    /** Indexes the snapshot held in {@code bytes[offset, offset + length)}; refuses one of another format. */
    public static Snapshot of(byte[] bytes, int offset, int length) {
        int end = offset + length;
        ByteCursor in = new ByteCursor(bytes, offset, end);
        for (byte m : SnapshotFormat.MAGIC) {
            if (in.read() != m) {
                throw new IllegalArgumentException("not a figures snapshot");
            }
        }
        long format = in.varint();
        if (format != SnapshotFormat.FORMAT) {
            throw new IllegalArgumentException("snapshot format " + format + ", this code reads " + SnapshotFormat.FORMAT);
        }
        int count = in.length();
        InstitutionKind[] kinds = new InstitutionKind[in.length()];
        for (int i = 0; i < kinds.length; i++) {
            kinds[i] = InstitutionKind.valueOf(in.text());
        }
        PeerGroup[] groups = new PeerGroup[in.length()];
        for (int i = 0; i < groups.length; i++) {
            groups[i] = PeerGroup.valueOf(in.text());
        }
        int[] at = new int[count];
        for (int i = 0; i < count; i++) {
            int n = in.length();
            at[i] = in.position();
            in.position(at[i] + n);
        }
        if (in.position() != end) {
            throw new IllegalArgumentException("snapshot of " + count + " nodes ends at byte " + in.position() + ", not " + end);
        }
        return new Snapshot(bytes, end, at, kinds, groups);
    }

    /** Indexes a whole array. */
    public static Snapshot of(byte[] bytes) {
        return of(bytes, 0, bytes.length);
    }

    public int size() {
        return at.length;
    }

    public String code(int i) {
        return new ByteCursor(bytes, at[i], end).text();
    }

    /** Compares node {@code i}'s code with node {@code j}'s of {@code other}. */
    public int compareCode(int i, Snapshot other, int j) {
        return Codes.compare(bytes, at[i], other.bytes, other.at[j]);
    }

    public NodeLinks links(int i) {
        ByteCursor in = new ByteCursor(bytes, at[i], end);
        String code = in.text();
        InstitutionKind kind = kinds[in.read()];
        int g = in.read();
        return new NodeLinks(code, kind, in.text(), in.text(), in.text(), g == 0 ? null : groups[g - 1], in.text());
    }

    /** Node {@code i}'s figures: {@code [first reported, restated or null when they are the first-reported ones]}. */
    public FigureSections[] figures(int i) {
        ByteCursor in = new ByteCursor(bytes, at[i], end);
        in.skipText();
        in.read();
        in.read();
        for (int k = 0; k < 4; k++) {
            in.skipText();
        }
        int flags = in.read();
        FigureSections first = SnapshotFormat.readSections(in, flags & 7);
        FigureSections restated = (flags & SnapshotFormat.RESTATED) == 0 ? null : SnapshotFormat.readSections(in, (flags >>> 4) & 7);
        return new FigureSections[] {first, restated};
    }
}
