package cn.npa.indicator.domain.snapshot;

import cn.npa.indicator.domain.figures.InstitutionKind;
import cn.npa.indicator.domain.figures.PeerGroup;
import cn.npa.indicator.domain.intake.IntakeNode;
import cn.npa.indicator.domain.intake.NodeLinks;
import java.util.Arrays;

/**
 * Builds a load's snapshot while the intake streams its nodes: each node is encoded as it passes (no objects kept), and
 * {@link #finish()} sorts the records by code and writes the snapshot ({@link SnapshotFormat}).
 */
public final class SnapshotEncoder {

    private final ByteSink records = new ByteSink(1 << 20);
    private int[] starts = new int[1024];
    private int count;

    /** Encodes one node. */
    public void add(IntakeNode n) {
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = records.size();
        NodeLinks l = n.links();
        records.text(l.code());
        if ((records.array()[starts[count - 1]] & 0x80) != 0) {
            throw new IllegalArgumentException("a code of more than 126 bytes: " + l.code());
        }
        records.write(l.kind().ordinal());
        records.write(l.peerGroup() == null ? 0 : l.peerGroup().ordinal() + 1);
        records.text(l.parentCode());
        records.text(l.supervisorCode());
        records.text(l.headOfficeCode());
        records.text(l.regionCode());
        int flags = SnapshotFormat.flags(n.firstReported(), 0);
        if (n.restated() != null) {
            flags |= SnapshotFormat.RESTATED | SnapshotFormat.flags(n.restated(), 4);
        }
        records.write(flags);
        SnapshotFormat.writeSections(records, n.firstReported());
        if (n.restated() != null) {
            SnapshotFormat.writeSections(records, n.restated());
        }
    }

    public int nodeCount() {
        return count;
    }

    /** The snapshot: header and records in code order. */
    public byte[] finish() {
        int[] ends = new int[count];
        for (int i = 0; i < count; i++) {
            ends[i] = i + 1 < count ? starts[i + 1] : records.size();
        }
        byte[] buf = records.array();
        Integer[] order = new Integer[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Codes.compare(buf, starts[a], buf, starts[b]));
        ByteSink out = new ByteSink(records.size() + 5 * count + 1024);
        out.write(SnapshotFormat.MAGIC, 0, SnapshotFormat.MAGIC.length);
        out.varint(SnapshotFormat.FORMAT);
        out.varint(count);
        out.varint(InstitutionKind.values().length);
        for (InstitutionKind k : InstitutionKind.values()) {
            out.text(k.name());
        }
        out.varint(PeerGroup.values().length);
        for (PeerGroup g : PeerGroup.values()) {
            out.text(g.name());
        }
        for (Integer i : order) {
            out.varint(ends[i] - starts[i]);
            out.write(buf, starts[i], ends[i] - starts[i]);
        }
        return Arrays.copyOf(out.array(), out.size());
    }
}
