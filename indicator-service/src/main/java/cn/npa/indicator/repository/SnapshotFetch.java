package cn.npa.indicator.repository;

import cn.npa.indicator.domain.snapshot.Snapshot;
import java.io.DataInputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyInputStream;

/**
 * Reads one load's snapshot through COPY in binary form, on a connection of its own: the bytes as stored, no hex
 * encoding on the server and no decoding here. Null when the load has none of the format this code reads.
 */
final class SnapshotFetch {

    /** COPY's binary signature: "PGCOPY\n\377\r\n\0". */
    private static final int SIGNATURE = 11;

    private SnapshotFetch() {
    }

    static Snapshot fetch(DataSource db, long load) {
        String sql = "copy (select bytes from figure_snapshot where load_id = " + load + " and format = " + Snapshot.FORMAT
                + ") to stdout (format binary)";
        try (Connection c = db.getConnection();
             DataInputStream in = new DataInputStream(new PGCopyInputStream(c.unwrap(PGConnection.class), sql))) {
            in.skipNBytes(SIGNATURE + 4);
            in.skipNBytes(in.readInt());
            byte[] bytes = null;
            if (in.readShort() == 1) {
                bytes = new byte[in.readInt()];
                in.readFully(bytes);
            }
            // the trailer and the end of the COPY: always read to the end, so the connection goes back to the pool idle
            // (an abandoned COPY would have to be cancelled)
            while (in.read() >= 0) {
                // nothing more is expected
            }
            if (bytes == null) {
                return null;
            }
            return Snapshot.of(bytes);
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("reading the snapshot of load " + load + " failed", e);
        }
    }
}
