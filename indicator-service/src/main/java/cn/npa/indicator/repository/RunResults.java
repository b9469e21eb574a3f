package cn.npa.indicator.repository;

import cn.npa.indicator.domain.assessment.AssessmentResult;
import cn.npa.indicator.domain.assessment.KeyList;
import cn.npa.indicator.domain.assessment.PeerSummary;
import cn.npa.indicator.domain.assessment.RankColumn;
import cn.npa.indicator.domain.assessment.RankSet;
import cn.npa.indicator.domain.assessment.Universe;
import cn.npa.indicator.domain.figures.Basis;
import cn.npa.indicator.domain.intake.NodeLinks;
import cn.npa.indicator.domain.keylist.KeyClient;
import cn.npa.indicator.domain.keylist.KeyInstitution;
import cn.npa.indicator.domain.peer.PeerWarning;
import cn.npa.indicator.domain.peer.QuantileResult;
import cn.npa.indicator.domain.indicator.UndefinedReason;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The stored form of a run's results: each peer statistic's JSON body, the ranks of each universe, each key list's JSON
 * body, and the SHA-256 over exactly those bytes in that order. Writing a run and recomputing it both go through here,
 * so "recomputing gives the same result" is a comparison of the same bytes.
 */
public final class RunResults {

    /** The JSON body of a peer statistic (the columns of {@code run_peer_stat} hold the rest). */
    public record PeerBody(String quantileMethod, int aggregateUnits, int trimmedPerEnd, List<String> trimmedUnits,
                           QuantileResult median, List<QuantileResult> percentiles, Set<PeerWarning> warnings,
                           Map<UndefinedReason, Integer> withoutValue) {
    }

    /** The JSON body of a key list. */
    public record KeyListBody(int unitsConsidered, List<KeyInstitution> institutions, List<KeyClient> clients) {
    }

    final List<PeerSummary> peer;
    final List<String> peerBodies = new ArrayList<>();
    final List<RankSet> rankSets = new ArrayList<>();
    final List<String> rankCodes = new ArrayList<>();
    final List<byte[]> rankBytes = new ArrayList<>();
    final List<KeyList> keyLists;
    final List<String> keyListBodies = new ArrayList<>();
    final String sha256;

    RunResults(AssessmentResult r, List<NodeLinks> nodes, ObjectMapper json) {
        MessageDigest sha = newDigest();
        this.peer = r.peerStatistics();
        for (PeerSummary s : peer) {
            String body = write(json, new PeerBody(s.quantileMethod(), s.aggregateUnits(), s.trimmedPerEnd(), s.trimmedUnits(),
                    s.median(), s.percentiles(), new java.util.TreeSet<>(s.warnings()), new java.util.TreeMap<>(s.withoutValue())));
            peerBodies.add(body);
            sha.update((s.basis() + "|" + s.universe() + "|" + s.column() + "|" + s.memberCount() + "|" + s.observationCount() + "|"
                    + (s.aggregate() == null ? "" : s.aggregate().value() + "/" + s.aggregate().reason()) + "|" + body + "\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        // One rank set per universe: its members in code order (the order of the nodes) and their twelve ranks each.
        Map<Universe, List<Integer>> members = new TreeMap<>();
        for (int i : r.scope()) {
            NodeLinks n = nodes.get(i);
            if (n.isRanked()) {
                members.computeIfAbsent(new Universe(n.peerGroup(), n.kind()), k -> new ArrayList<>()).add(i);
            }
        }
        RankColumn[] columns = RankColumn.values();
        int width = columns.length;
        for (Map.Entry<Universe, List<Integer>> u : members.entrySet()) {
            List<String> codes = new ArrayList<>(u.getValue().size());
            int[] ranks = new int[u.getValue().size() * RankSet.WIDTH];
            int k = 0;
            for (int i : u.getValue()) {
                codes.add(nodes.get(i).code());
                for (Basis b : Basis.values()) {
                    int[][] byColumn = r.ranks().get(b);
                    for (RankColumn c : columns) {
                        ranks[k * RankSet.WIDTH + b.ordinal() * width + c.ordinal()] = byColumn[c.ordinal()][i];
                    }
                }
                k++;
            }
            RankSet set = new RankSet(u.getKey(), codes, ranks);
            String text = String.join("\n", codes);
            byte[] bytes = set.bytes();
            rankSets.add(set);
            rankCodes.add(text);
            rankBytes.add(bytes);
            sha.update((u.getKey() + "|" + text + "|").getBytes(StandardCharsets.UTF_8));
            sha.update(bytes);
        }
        this.keyLists = new ArrayList<>(r.keyLists().values());
        for (KeyList k : keyLists) {
            String body = write(json, new KeyListBody(k.unitsConsidered(), k.institutions(), k.clients()));
            keyListBodies.add(body);
            sha.update((k.regulatorCode() + "|" + k.level() + "|" + body + "\n").getBytes(StandardCharsets.UTF_8));
        }
        this.sha256 = HexFormat.of().formatHex(sha.digest());
    }

    /** The results of a computation in their stored form. */
    public static RunResults of(AssessmentResult r, List<NodeLinks> nodes, ObjectMapper json) {
        return new RunResults(r, nodes, json);
    }

    public String sha256() {
        return sha256;
    }

    /** The size of the stored results. */
    public long bytes() {
        long n = 0;
        for (String b : peerBodies) {
            n += b.length();
        }
        for (String b : keyListBodies) {
            n += b.length();
        }
        for (byte[] b : rankBytes) {
            n += b.length;
        }
        for (String c : rankCodes) {
            n += c.length();
        }
        return n;
    }

    static String write(ObjectMapper json, Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a run's results cannot be written as JSON", e);
        }
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
