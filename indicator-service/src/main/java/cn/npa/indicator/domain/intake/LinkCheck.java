package cn.npa.indicator.domain.intake;

import cn.npa.common.problem.RuleId;
import cn.npa.indicator.domain.figures.InstitutionKind;
import cn.npa.indicator.domain.figures.PeerGroup;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The checks that need the whole intake: every parent, supervisor, head office and filer named must be a node of the
 * same intake, of the right kind, and a branch's peer group must be its head office's (FIG-NODE). Node codes are
 * collected as they stream past; the references are resolved once the last node is read.
 */
final class LinkCheck {

    private enum Expect {
        REGULATOR("a regulator"), BANK("a bank node (head office or branch)"), HEAD_OFFICE("a bank head office");

        final String text;

        Expect(String text) {
            this.text = text;
        }

        boolean accepts(InstitutionKind k) {
            return switch (this) {
                case REGULATOR -> k.isRegulator();
                case BANK -> k.isBank();
                case HEAD_OFFICE -> k == InstitutionKind.BANK_HEAD_OFFICE;
            };
        }
    }

    private record Known(InstitutionKind kind, PeerGroup group, String path, String parent, String supervisor) {
    }

    /** No tree is this deep; a longer chain of parents or supervisors loops. */
    private static final int MAX_DEPTH = 16;

    private record Reference(String path, String code, Expect expect, PeerGroup group) {
    }

    private final Map<String, Known> nodes = new HashMap<>();
    private final List<Reference> references = new ArrayList<>();

    /** Records a node; false when its code was already used in this intake. */
    boolean node(NodeLinks n, String path, Findings findings) {
        Known before = nodes.putIfAbsent(n.code(), new Known(n.kind(), n.peerGroup(), path, n.parentCode(), n.supervisorCode()));
        if (before != null) {
            findings.add(RuleId.V7, path + ".code", "node '" + n.code() + "' is listed twice (first at " + before.path() + ")");
            return false;
        }
        if (n.parentCode() != null) {
            references.add(new Reference(path + ".parentCode", n.parentCode(), n.kind().isRegulator() ? Expect.REGULATOR : Expect.BANK, null));
        }
        if (n.supervisorCode() != null) {
            references.add(new Reference(path + ".supervisorCode", n.supervisorCode(), Expect.REGULATOR, null));
        }
        if (n.headOfficeCode() != null && !n.headOfficeCode().equals(n.code())) {
            references.add(new Reference(path + ".headOfficeCode", n.headOfficeCode(), Expect.HEAD_OFFICE, n.peerGroup()));
        }
        return true;
    }

    void filer(String filerCode, String path) {
        references.add(new Reference(path, filerCode, Expect.BANK, null));
    }

    /** Resolves every reference once all nodes are known, then looks for loops. */
    void finish(Findings findings) {
        int before = findings.total();
        resolve(findings);
        if (findings.total() == before) {
            loops(findings);
        }
    }

    private void resolve(Findings findings) {
        for (Reference r : references) {
            Known target = nodes.get(r.code());
            if (target == null) {
                findings.add(RuleId.FIG_NODE, r.path(), "no node '" + r.code() + "' in this intake");
            } else if (!r.expect().accepts(target.kind())) {
                findings.add(RuleId.FIG_NODE, r.path(), "'" + r.code() + "' is a " + target.kind() + ", not " + r.expect().text);
            } else if (r.group() != null && target.group() != r.group()) {
                findings.add(RuleId.FIG_NODE, r.path(), "head office '" + r.code() + "' is in peer group " + target.group()
                        + ", the node says " + r.group() + "; a branch is in its bank's peer group");
            }
        }
    }

    /** Parent chains (bank tree) and supervisor chains (regulators) must end; a loop would make a node its own ancestor. */
    void loops(Findings findings) {
        for (Map.Entry<String, Known> e : nodes.entrySet()) {
            Known k = e.getValue();
            boolean regulator = k.kind().isRegulator();
            if (!regulator && !k.kind().isBank()) {
                continue;
            }
            String at = regulator ? k.supervisor() : k.parent();
            int steps = 0;
            while (at != null && steps < MAX_DEPTH) {
                Known up = nodes.get(at);
                if (up == null) {
                    break;
                }
                at = regulator ? up.supervisor() : up.parent();
                steps++;
            }
            if (steps == MAX_DEPTH) {
                findings.add(RuleId.FIG_NODE, k.path() + (regulator ? ".supervisorCode" : ".parentCode"),
                        "the chain of " + (regulator ? "supervisors" : "parents") + " above '" + e.getKey() + "' loops");
            }
        }
    }
}
