package cn.npa.indicator.domain.keylist;

import java.util.List;

/**
 * A key client (K5, K7: a credit code) or key group client (K6: a group id), listed once with every rule that
 * selected it, the evidence of each, and the filers whose exposures it was computed from.
 */
public record KeyClient(Kind kind, String id, String name, List<KeyRule> rules, List<KeyEvidence> evidence,
                        List<String> filers) {

    /** Whether the entry is one client or a group of affiliated clients. */
    public enum Kind { CLIENT, GROUP }

    public KeyClient {
        rules = List.copyOf(rules);
        evidence = List.copyOf(evidence);
        filers = List.copyOf(filers);
    }
}
