package cn.npa.indicator.domain.assessment;

import cn.npa.indicator.domain.figures.Basis;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ranks a run computed for the members of one universe, in code order: per member the six rankings on each basis
 * ({@link #WIDTH} ints, 0 = not ranked). The form a run stores them in (one row per universe), and reads them back from.
 */
public final class RankSet {

    /** Ranks per member: six rankings, first reported then restated. */
    public static final int WIDTH = 2 * RankColumn.values().length;

    private final Universe universe;
    private final List<String> codes;
    private final int[] ranks;
    private final Map<String, Integer> index = new HashMap<>();

    public RankSet(Universe universe, List<String> codes, int[] ranks) {
        if (ranks.length != codes.size() * WIDTH) {
            throw new IllegalArgumentException(codes.size() + " members but " + ranks.length + " ranks");
        }
        this.universe = universe;
        this.codes = List.copyOf(codes);
        this.ranks = ranks;
        for (int i = 0; i < this.codes.size(); i++) {
            index.put(this.codes.get(i), i);
        }
    }

    public Universe universe() {
        return universe;
    }

    public List<String> codes() {
        return codes;
    }

    public int[] ranks() {
        return ranks;
    }

    /** A member's rank on a ranking and basis; 0 when not ranked or not a member. */
    public int rank(String code, Basis basis, RankColumn column) {
        Integer i = index.get(code);
        return i == null ? 0 : ranks[i * WIDTH + basis.ordinal() * RankColumn.values().length + column.ordinal()];
    }

    /** The members (all, or those in {@code only}) best first on a ranking, unranked last, ties by code. */
    public List<String> ordered(Basis basis, RankColumn column, Set<String> only) {
        List<String> out = new ArrayList<>();
        for (String c : codes) {
            if (only == null || only.contains(c)) {
                out.add(c);
            }
        }
        out.sort(Comparator.comparingInt((String c) -> {
            int r = rank(c, basis, column);
            return r == 0 ? Integer.MAX_VALUE : r;
        }).thenComparing(Comparator.naturalOrder()));
        return out;
    }

    /** The ranks as stored: big-endian int32s. */
    public byte[] bytes() {
        byte[] b = new byte[ranks.length * 4];
        for (int i = 0; i < ranks.length; i++) {
            int r = ranks[i];
            b[4 * i] = (byte) (r >>> 24);
            b[4 * i + 1] = (byte) (r >>> 16);
            b[4 * i + 2] = (byte) (r >>> 8);
            b[4 * i + 3] = (byte) r;
        }
        return b;
    }

    public static int[] ints(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        int[] out = new int[bytes.length / 4];
        for (int i = 0; i < out.length; i++) {
            out[i] = b.getInt();
        }
        return out;
    }
}
