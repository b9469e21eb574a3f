package cn.npa.indicator.service;

import cn.npa.common.problem.ProblemException;
import cn.npa.common.security.Caller;
import cn.npa.common.security.Roles;
import cn.npa.indicator.domain.assessment.NodeScope;
import cn.npa.indicator.domain.figures.InstitutionKind;
import cn.npa.indicator.domain.intake.NodeLinks;
import cn.npa.indicator.repository.NodeQueries;
import jakarta.enterprise.context.RequestScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the caller may read of the figures and assessments of one load (the hierarchy of its period), decided in one
 * place: the CBRC, admins and services everything; a bureau itself, the regulators below it, their jurisdiction and the
 * peer-group nodes; a bank its own institution, the units below it and its peer group. Out of scope single reads answer
 * 404 (existence must not leak), lists leave the rest out (docs/security.md).
 */
@RequestScoped
public class AssessmentScope {

    private final Caller caller;
    private final NodeQueries nodes;
    private final Map<Long, NodeScope> cache = new HashMap<>();

    public AssessmentScope(Caller caller, NodeQueries nodes) {
        this.caller = caller;
        this.nodes = nodes;
    }

    public Caller caller() {
        return caller;
    }

    /** The caller's scope in a load's hierarchy. */
    public NodeScope of(long loadId) {
        return cache.computeIfAbsent(loadId, this::compute);
    }

    private NodeScope compute(long loadId) {
        if (caller.readsAll()) {
            return NodeScope.ALL;
        }
        String own = caller.institution() == null ? "" : caller.institution();
        if (caller.is(Roles.BUREAU)) {
            return NodeScope.bureau(regulatorsUnder(loadId, own));
        }
        if (!caller.is(Roles.BANK)) {
            return NodeScope.bank(List.of(), null);
        }
        Optional<NodeLinks> self = nodes.node(loadId, own);
        if (self.isEmpty() || !self.get().kind().isBank()) {
            return NodeScope.bank(List.of(), null);
        }
        List<NodeLinks> bank = nodes.bank(loadId, self.get().headOfficeCode());
        return NodeScope.bank(subtree(bank, own), self.get().peerGroup());
    }

    /** The regulator and every regulator below it in a load (empty when it is not a regulator there). */
    public List<String> regulatorsUnder(long loadId, String regulator) {
        List<NodeLinks> regulators = nodes.regulators(loadId);
        Map<String, List<String>> below = new HashMap<>();
        boolean known = false;
        for (NodeLinks r : regulators) {
            known |= r.code().equals(regulator);
            if (r.supervisorCode() != null) {
                below.computeIfAbsent(r.supervisorCode(), k -> new ArrayList<>()).add(r.code());
            }
        }
        List<String> out = new ArrayList<>();
        if (!known) {
            return out;
        }
        Set<String> seen = new HashSet<>();
        List<String> todo = new ArrayList<>(List.of(regulator));
        while (!todo.isEmpty()) {
            String r = todo.remove(todo.size() - 1);
            if (seen.add(r)) {
                out.add(r);
                todo.addAll(below.getOrDefault(r, List.of()));
            }
        }
        out.sort(String::compareTo);
        return out;
    }

    /** A unit and every unit below it in its bank. */
    private static List<String> subtree(List<NodeLinks> bank, String root) {
        Map<String, List<String>> children = new HashMap<>();
        for (NodeLinks n : bank) {
            if (n.parentCode() != null) {
                children.computeIfAbsent(n.parentCode(), k -> new ArrayList<>()).add(n.code());
            }
        }
        List<String> out = new ArrayList<>();
        List<String> todo = new ArrayList<>(List.of(root));
        while (!todo.isEmpty()) {
            String c = todo.remove(todo.size() - 1);
            out.add(c);
            todo.addAll(children.getOrDefault(c, List.of()));
        }
        out.sort(String::compareTo);
        return out;
    }

    public boolean canRead(NodeScope scope, NodeLinks n) {
        if (scope.all()) {
            return true;
        }
        if (scope.isBank()) {
            return scope.units().contains(n.code()) || n.kind() == InstitutionKind.PEER_GROUP && n.peerGroup() == scope.group();
        }
        return n.kind() == InstitutionKind.PEER_GROUP || n.kind().isRegulator() && scope.supervisors().contains(n.code())
                || n.kind().isBank() && scope.supervisors().contains(n.supervisorCode());
    }

    /** A bureau reads (or acts for) only itself and the regulators below it: anything else is 404, as if unknown. */
    public void requireRegulator(long loadId, String regulator, String what) {
        if (caller.readsAll()) {
            return;
        }
        if (!caller.is(Roles.BUREAU) || !regulatorsUnder(loadId, caller.institution() == null ? "" : caller.institution()).contains(regulator)) {
            throw ProblemException.notFound("No " + what + " of regulator '" + regulator + "'.");
        }
    }

    /** Whether the caller may act for a regulator: the CBRC and services for any, a bureau for itself and those below it. */
    public boolean mayActFor(long loadId, String regulator) {
        if (caller.is(Roles.CBRC) || caller.is(Roles.SERVICE)) {
            return true;
        }
        return caller.is(Roles.BUREAU) && regulatorsUnder(loadId, caller.institution() == null ? "" : caller.institution()).contains(regulator);
    }
}
