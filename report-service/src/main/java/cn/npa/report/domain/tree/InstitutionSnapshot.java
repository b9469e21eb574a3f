package cn.npa.report.domain.tree;

import java.util.Objects;

/** An institution's place in both trees at one date; {@code peerGroup} is set on head offices (branches inherit theirs). */
public record InstitutionSnapshot(String code, InstitutionKind kind, String parentCode, String supervisorCode,
                                  String regionCode, PeerGroup peerGroup) {

    public InstitutionSnapshot {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
    }
}
