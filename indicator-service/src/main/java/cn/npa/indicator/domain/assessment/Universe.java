package cn.npa.indicator.domain.assessment;

import cn.npa.indicator.domain.figures.InstitutionKind;
import cn.npa.indicator.domain.figures.PeerGroup;
import java.util.Comparator;
import java.util.Objects;

/**
 * The units one unit is compared with: its peer group at its own level of the bank tree (head offices with head
 * offices, grade-one branches with grade-one branches, ...), among the units of the run. Ranking a sub-branch against
 * head offices would compare a shop with a bank.
 */
public record Universe(PeerGroup group, InstitutionKind kind) implements Comparable<Universe> {

    private static final Comparator<Universe> ORDER = Comparator.comparing(Universe::group).thenComparing(Universe::kind);

    public Universe {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(kind, "kind");
    }

    @Override
    public int compareTo(Universe o) {
        return ORDER.compare(this, o);
    }
}
