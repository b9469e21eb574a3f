package cn.npa.indicator.domain.keylist;

import java.util.List;

/**
 * Why one rule put an entry on the key list: the figures it looked at, a short note (rank, base, cut-off) and, for
 * K4, the supervisor's flag.
 */
public record KeyEvidence(KeyRule rule, List<Figure> figures, String note, SupervisorFlag flag) {

    public KeyEvidence {
        figures = List.copyOf(figures);
    }

    public static KeyEvidence of(KeyRule rule, String note, List<Figure> figures) {
        return new KeyEvidence(rule, figures, note, null);
    }
}
