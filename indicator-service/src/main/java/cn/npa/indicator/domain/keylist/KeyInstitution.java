package cn.npa.indicator.domain.keylist;

import java.util.List;

/** A key institution (K1–K4): a branch listed once, with every rule that selected it and the evidence of each. */
public record KeyInstitution(String unitCode, List<KeyRule> rules, List<KeyEvidence> evidence) {

    public KeyInstitution {
        rules = List.copyOf(rules);
        evidence = List.copyOf(evidence);
    }
}
