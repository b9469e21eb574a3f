package cn.npa.submission.service.intake;

import cn.npa.submission.repository.OutboxRepository.OutboxRow;
import java.util.List;

/** The body of one feed call: which claimed events fit, and the events joined as one JSON array text. */
final class FeedBodies {

    private FeedBodies() {
    }

    /** How many of the claimed events, oldest first, fit in one call's byte budget; the first always does. */
    static int fitting(List<OutboxRow> rows, long maxBytes) {
        long bytes = 2;
        for (int i = 0; i < rows.size(); i++) {
            bytes += utf8Length(rows.get(i).payload()) + 1;
            if (i > 0 && bytes > maxBytes) {
                return i;
            }
        }
        return rows.size();
    }

    /**
     * The events as one JSON array: the stored payload texts joined as they are, never parsed and written again, so
     * every amount keeps the digits it was filed with.
     */
    static String body(List<OutboxRow> rows) {
        int size = 2;
        for (OutboxRow r : rows) {
            size += r.payload().length() + 1;
        }
        StringBuilder out = new StringBuilder(size).append('[');
        for (int i = 0; i < rows.size(); i++) {
            out.append(i == 0 ? "" : ",").append(rows.get(i).payload());
        }
        return out.append(']').toString();
    }

    private static long utf8Length(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c)) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }
}
