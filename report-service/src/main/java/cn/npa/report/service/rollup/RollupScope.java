package cn.npa.report.service.rollup;

import cn.npa.common.problem.ProblemException;
import cn.npa.common.security.Caller;
import cn.npa.common.security.Roles;
import cn.npa.report.domain.tree.Hierarchy;
import cn.npa.report.domain.tree.InstitutionSnapshot;
import java.util.Optional;

/**
 * Who may read the rollup of which node, on the trees of the period (architecture: security). The CBRC reads every
 * node; a bureau its own and its sub-regulators' nodes and every bank node they supervise (its jurisdiction); a bank
 * the nodes of its own subtree. Anything else is answered as if it did not exist (404), so codes do not leak.
 */
public final class RollupScope {

    private RollupScope() {
    }

    /** The node, when the caller may read it; otherwise a 404 problem. */
    public static InstitutionSnapshot require(Caller caller, Hierarchy h, String code) {
        Optional<InstitutionSnapshot> node = h.node(code);
        if (node.isEmpty() || !sees(caller, h, node.get())) {
            throw ProblemException.notFound("No institution " + code + " that you may read in the register of this period.");
        }
        return node.get();
    }

    static boolean sees(Caller caller, Hierarchy h, InstitutionSnapshot node) {
        if (caller.is(Roles.CBRC)) {
            return true;
        }
        String inst = caller.institution();
        if (inst == null) {
            return false;
        }
        if (caller.is(Roles.BUREAU)) {
            String regulator = node.kind().isRegulator() ? node.code() : node.supervisorCode();
            return regulatorWithin(h, regulator, inst);
        }
        if (caller.is(Roles.BANK)) {
            return node.kind().isBank() && bankWithin(h, node, inst);
        }
        return false;
    }

    /** Whether {@code regulator} is {@code top} or below it in the supervisory tree. */
    private static boolean regulatorWithin(Hierarchy h, String regulator, String top) {
        String r = regulator;
        for (int steps = 0; r != null && steps < 16; steps++) {
            if (r.equals(top)) {
                return true;
            }
            r = h.node(r).map(InstitutionSnapshot::parentCode).orElse(null);
        }
        return false;
    }

    /** Whether the bank node is {@code top} or below it in the bank tree. */
    private static boolean bankWithin(Hierarchy h, InstitutionSnapshot node, String top) {
        InstitutionSnapshot n = node;
        for (int steps = 0; n != null && steps < 16; steps++) {
            if (n.code().equals(top)) {
                return true;
            }
            n = n.parentCode() == null ? null : h.node(n.parentCode()).orElse(null);
        }
        return false;
    }
}
