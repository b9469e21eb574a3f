package cn.npa.indicator.domain.intake;

import cn.npa.indicator.domain.figures.InstitutionKind;
import cn.npa.indicator.domain.figures.PeerGroup;
import java.util.Objects;

/**
 * Who a node of a figures intake is and where it hangs in both trees for that period (domain §1): its bank-tree parent
 * and head office, its supervising regulator, its peer group and region. The indicator service depends on no other
 * service, so the hierarchy it needs (jurisdictions, peer groups, levels) arrives with the figures, node by node.
 */
public record NodeLinks(String code, InstitutionKind kind, String parentCode, String supervisorCode, String headOfficeCode,
                        PeerGroup peerGroup, String regionCode) {

    public NodeLinks {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
    }

    /** Banks and their branches are ranked within (peer group, level); regulators and peer-group nodes are not. */
    public boolean isRanked() {
        return kind.isBank() && peerGroup != null;
    }
}
