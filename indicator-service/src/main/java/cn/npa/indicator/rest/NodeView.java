package cn.npa.indicator.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import cn.npa.indicator.domain.intake.NodeLinks;

/** A node as the figures of a period place it: kind, parents in both trees, peer group and region. */
public record NodeView(String code, String kind, @Schema(nullable = true) String parentCode, @Schema(nullable = true) String supervisorCode, @Schema(nullable = true) String headOfficeCode,
                       @Schema(nullable = true) String peerGroup, @Schema(nullable = true) String regionCode) {

    public static NodeView of(NodeLinks n) {
        return new NodeView(n.code(), n.kind().name(), n.parentCode(), n.supervisorCode(), n.headOfficeCode(),
                n.peerGroup() == null ? null : n.peerGroup().name(), n.regionCode());
    }
}
