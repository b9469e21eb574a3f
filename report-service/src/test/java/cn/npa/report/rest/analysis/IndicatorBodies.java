package cn.npa.report.rest.analysis;

import java.util.List;

/**
 * Hand-written indicator-service answers in the exact shapes of its rest package (RunView, NodeAssessmentView,
 * PeerStatisticView, KeyListView; lists paged as {@code Page}), for {@link IndicatorAssessmentsFixture}.
 */
final class IndicatorBodies {

    private IndicatorBodies() {
    }

    static String page(List<String> items) {
        return "{\"items\":[" + String.join(",", items) + "],\"page\":0,\"size\":1000,\"total\":" + items.size() + "}";
    }

    /** A RunView. */
    static String run(long id, String period, String regulator, String status, String fingerprint) {
        boolean published = status.equals("PUBLISHED");
        return """
                {"id": %d, "period": "%s", "regulatorCode": "%s", "status": "%s",
                 "inputs": [{"slot": "CURRENT", "period": "%s", "loadId": 41, "figureVersion": 2}],
                 "formulas": [{"indicator": "I1", "formulaId": "I1", "version": 1, "chosen": false}],
                 "weights": {"I1": 1, "I2": 1, "I4": 1, "I7": 1}, "quantileMethod": "LINEAR_INTERPOLATION_HF7",
                 "flagsAsOf": "2063-10-21T09:00:00+08:00", "assetClasses": ["LOAN"], "nodeCount": 11, "valueCount": 264,
                 "fingerprint": "%s", "resultsSha256": "sha-%s", "computeMillis": 12,
                 "createdAt": "2063-10-21T09:00:00+08:00", "createdBy": "bureau-user@%s",
                 "publishedAt": %s, "publishedBy": %s}""".formatted(id, period, regulator, status, period, fingerprint, fingerprint,
                regulator, published ? "\"2063-10-22T09:00:00+08:00\"" : "null", published ? "\"bureau-user@" + regulator + "\"" : "null");
    }

    /** A NodeAssessmentView with I1 on both bases, I4 against the previous period, the I1 rank and the progress degree. */
    static String node(long runId, String status, String period, String regulator, String code, String kind, String parent,
                       String supervisor, String group, String i1FirstReported, String i1Restated, int rank, int ranked,
                       String percentile, String progress) {
        return """
                {"runId": %d, "runStatus": "%s", "period": "%s", "regulatorCode": "%s",
                 "node": {"code": "%s", "kind": "%s", "parentCode": %s, "supervisorCode": "%s", "headOfficeCode": "%s",
                          "peerGroup": "%s", "regionCode": "440000"},
                 "bases": [%s, %s]}""".formatted(runId, status, period, regulator, code, kind, parent == null ? "null" : "\"" + parent + "\"",
                supervisor, parent == null ? code : parent, group,
                basis("AS_FIRST_REPORTED", i1FirstReported, rank, ranked, percentile, progress),
                basis("RESTATED", i1Restated, rank, ranked, percentile, progress));
    }

    private static String basis(String basis, String i1, int rank, int ranked, String percentile, String progress) {
        return """
                {"basis": "%s",
                 "indicators": [
                   {"formula": "I1", "indicator": "I1", "version": 1, "variant": false, "assetClass": "LOAN", "base": null,
                    "unit": "PERCENT", "value": %s, "display": %s, "reason": null},
                   {"formula": "I4", "indicator": "I4", "version": 1, "variant": false, "assetClass": "LOAN", "base": "PREVIOUS_PERIOD",
                    "unit": "PERCENT", "value": null, "display": null, "reason": "NO_PREVIOUS_PERIOD"}],
                 "ranks": [{"ranking": "I1", "formula": "I1", "base": null, "rank": %d, "rankedCount": %d, "percentile": %s,
                            "display": %s, "reason": null}],
                 "progress": [{"base": "PREVIOUS_PERIOD", "composite": %s, "display": %s,
                               "effectiveWeights": {"I1": 1}, "reason": null}]}""".formatted(basis, i1, i1, rank, ranked, percentile,
                percentile, progress, progress);
    }

    /** A PeerStatisticView of I1 LOAN. */
    static String peer(String basis, String group, String kind, int members, String aggregate, String median) {
        return """
                {"basis": "%s", "peerGroup": "%s", "kind": "%s", "formula": "I1", "assetClass": "LOAN", "base": null,
                 "memberCount": %d, "observationCount": %d, "aggregate": %s, "aggregateReason": null, "aggregateUnits": %d,
                 "quantileMethod": "LINEAR_INTERPOLATION_HF7",
                 "median": {"level": 0.5, "value": %s, "units": [], "weights": []},
                 "percentiles": [], "trimmedPerEnd": 0, "trimmedUnits": [], "warnings": ["FEWER_THAN_10_MEMBERS"],
                 "withoutValue": {}}""".formatted(basis, group, kind, members, members, aggregate, members, median);
    }

    /** A KeyListView with one key institution (K1 and K4) and one key client (K5). */
    static String keyList(long runId, String period, String regulator, String institution, String client) {
        return """
                {"runId": %d, "period": "%s", "regulatorCode": "%s", "level": "DEFAULT", "unitsConsidered": 2,
                 "institutions": 1, "clients": 1, "page": 0, "size": 1000, "total": 2,
                 "items": [{"type": "INSTITUTION", "code": "%s", "name": null, "rules": ["K1", "K4"], "filers": [],
                            "evidence": [{"rule": "K1", "note": "rank 1 of 2 by I1 LOAN",
                                          "figures": [{"name": "I1 LOAN", "value": 2, "reason": null}], "flag": null},
                                         {"rule": "K4", "note": "2063-08-12: acceptances without collateral", "figures": [],
                                          "flag": {"unitCode": "%s", "reason": "acceptances without collateral",
                                                   "flaggedOn": "2063-08-12"}}]},
                           {"type": "CLIENT", "code": "%s", "name": "Client of LA0001-GD-SZ1", "rules": ["K5"],
                            "filers": ["LA0001-GD-SZ1"],
                            "evidence": [{"rule": "K5", "note": "NPL >= 100,000,000 summed over 1 filer(s)",
                                          "figures": [{"name": "NPL, all filers", "value": 120000000.00, "reason": null}],
                                          "flag": null}]}]}""".formatted(runId, period, regulator, institution, institution, client);
    }
}
