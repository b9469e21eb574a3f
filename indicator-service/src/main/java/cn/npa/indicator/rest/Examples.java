package cn.npa.indicator.rest;

/** Request and response examples of the OpenAPI document (the intake example is the one of docs/indicators.md). */
final class Examples {

    private Examples() {
    }

    static final String INTAKE = """
            {
              "period": "2026-01",
              "figureVersion": 2,
              "nodes": [
                {"code": "CBRC", "kind": "REGULATOR_NATIONAL", "regionCode": "110000",
                 "figures": {"AS_FIRST_REPORTED": {"loan": {"totalLoans": 5000000.00, "npl": 80000.00, "cashCollected": 1000.00, "cashCollectedYtd": 1000.00}}}},
                {"code": "BUR-440000", "kind": "REGULATOR_BUREAU", "parentCode": "CBRC", "supervisorCode": "CBRC", "regionCode": "440000",
                 "figures": {"AS_FIRST_REPORTED": {"loan": {"totalLoans": 1000000.00, "npl": 20000.00, "cashCollected": 300.00, "cashCollectedYtd": 300.00}}}},
                {"code": "LC0001", "kind": "BANK_HEAD_OFFICE", "supervisorCode": "CBRC", "peerGroup": "LARGE_COMMERCIAL", "regionCode": "110000",
                 "figures": {"AS_FIRST_REPORTED": {"loan": {"totalLoans": 3000000.00, "npl": 45000.00, "cashCollected": 600.00, "cashCollectedYtd": 600.00}},
                             "RESTATED": {"loan": {"totalLoans": 3000000.00, "npl": 45500.00, "cashCollected": 600.00, "cashCollectedYtd": 600.00}}}},
                {"code": "LC0001-440000", "kind": "BRANCH_GRADE_ONE", "parentCode": "LC0001", "supervisorCode": "BUR-440000",
                 "headOfficeCode": "LC0001", "peerGroup": "LARGE_COMMERCIAL", "regionCode": "440000",
                 "figures": {"AS_FIRST_REPORTED": {"loan": {"totalLoans": 600000.00, "npl": 9000.00, "cashCollected": 100.00, "cashCollectedYtd": 100.00}}}},
                {"code": "PEER-LARGE-COMMERCIAL", "kind": "PEER_GROUP", "peerGroup": "LARGE_COMMERCIAL",
                 "figures": {"AS_FIRST_REPORTED": {"loan": {"totalLoans": 3000000.00, "npl": 45000.00, "cashCollected": 600.00, "cashCollectedYtd": 600.00}}}}
              ],
              "clientExposures": [
                {"filerCode": "LC0001-440000", "clientCode": "91440300MA5D8YQ014", "name": "Guangdong Huaxin Manufacturing Co., Ltd.",
                 "groupId": "GRP-007", "loanBalance": 250000000.00, "nplBalance": 120000000.00}
              ]
            }""";

    static final String INTAKE_ANSWER = """
            {"loadId": 41, "period": "2026-01", "figureVersion": 2, "outcome": "STORED", "current": true, "nodes": 5,
             "restatedNodes": 1, "clientExposures": 1, "contentSha256": "9f2c…", "receivedAt": "2026-02-20T10:15:00+08:00",
             "receivedBy": "report-service", "millis": 84}""";

    static final String RUN_REQUEST = """
            {"period": "2026-01", "regulatorCode": "BUR-440000"}""";

    static final String RUN = """
            {"id": 7, "period": "2026-01", "regulatorCode": "BUR-440000", "status": "COMPUTED",
             "inputs": [{"slot": "CURRENT", "period": "2026-01", "loadId": 41, "figureVersion": 2},
                        {"slot": "PREVIOUS_PERIOD", "period": "2025-12", "loadId": 40, "figureVersion": 1},
                        {"slot": "YEAR_START", "period": "2025-12", "loadId": 40, "figureVersion": 1},
                        {"slot": "SAME_PERIOD_LAST_YEAR", "period": "2025-01", "loadId": 29, "figureVersion": 1}],
             "formulas": [{"indicator": "I1", "formulaId": "I1", "version": 1, "chosen": false},
                          {"indicator": "I6", "formulaId": "I6", "version": 1, "chosen": false},
                          {"indicator": "I6", "formulaId": "I6'", "version": 1, "chosen": true}],
             "weights": {"I1": 1, "I2": 1, "I4": 1, "I7": 1}, "quantileMethod": "LINEAR_INTERPOLATION_HF7",
             "flagsAsOf": "2026-02-21T09:00:00+08:00", "assetClasses": ["LOAN"], "nodeCount": 13602, "valueCount": 326448,
             "fingerprint": "2d1b4d4d98cb7e37", "resultsSha256": "5be0…", "computeMillis": 412,
             "createdAt": "2026-02-21T09:00:00+08:00", "createdBy": "bureau-user@BUR-440000", "publishedAt": null, "publishedBy": null}""";

    static final String RECOMPUTATION = """
            {"runId": 7, "same": true, "fingerprint": "2d1b4d4d98cb7e37", "recomputedFingerprint": "2d1b4d4d98cb7e37",
             "resultsSha256": "5be0…", "recomputedResultsSha256": "5be0…", "millis": 398}""";

    static final String NODE = """
            {"runId": 7, "runStatus": "PUBLISHED", "period": "2026-01", "regulatorCode": "CBRC",
             "node": {"code": "LC0001-440000", "kind": "BRANCH_GRADE_ONE", "parentCode": "LC0001", "supervisorCode": "BUR-440000",
                      "headOfficeCode": "LC0001", "peerGroup": "LARGE_COMMERCIAL", "regionCode": "440000"},
             "bases": [{"basis": "AS_FIRST_REPORTED",
               "indicators": [
                 {"formula": "I1", "indicator": "I1", "version": 1, "variant": false, "assetClass": "LOAN", "base": null,
                  "unit": "PERCENT", "value": 1.5, "display": 1.50, "reason": null},
                 {"formula": "I4", "indicator": "I4", "version": 1, "variant": false, "assetClass": "LOAN", "base": "PREVIOUS_PERIOD",
                  "unit": "PERCENT", "value": null, "display": null, "reason": "NO_PREVIOUS_PERIOD"},
                 {"formula": "I6'", "indicator": "I6", "version": 1, "variant": true, "assetClass": "LOAN", "base": "YEAR_START",
                  "unit": "PERCENT", "value": -3.2258064516129032258064516129032, "display": -3.23, "reason": null}],
               "ranks": [{"ranking": "I1", "formula": "I1", "base": null, "rank": 3, "rankedCount": 36, "percentile": 94.285714285714285714285714285714,
                          "display": 94.29, "reason": null}],
               "progress": [{"base": "PREVIOUS_PERIOD", "composite": 80.5, "display": 80.50,
                             "effectiveWeights": {"I1": 0.3333333333333333333333333333333333, "I2": 0.3333333333333333333333333333333333,
                                                  "I7": 0.3333333333333333333333333333333333}, "reason": null}]}]}""";

    static final String FLAG_REQUEST = """
            {"unitCode": "LC0001-440000", "reason": "bank acceptances issued without collateral (on-site inspection 2026-03)",
             "flaggedOn": "2026-03-12"}""";

    static final String FLAG = """
            {"id": 3, "unitCode": "LC0001-440000", "reason": "bank acceptances issued without collateral (on-site inspection 2026-03)",
             "flaggedOn": "2026-03-12", "active": true, "regulatorPath": ["BUR-440000", "CBRC"], "setBy": "bureau-user@BUR-440000",
             "setByInstitution": "BUR-440000", "setAt": "2026-03-12T16:20:00+08:00", "liftedAt": null, "liftedBy": null, "liftReason": null}""";

    static final String LIFT_REQUEST = """
            {"reason": "collateral provided and verified on 2026-05-08"}""";

    static final String KEY_LIST = """
            {"runId": 7, "period": "2026-01", "regulatorCode": "BUR-440000", "level": "DEFAULT", "unitsConsidered": 312,
             "institutions": 14, "clients": 3, "page": 0, "size": 100, "total": 17,
             "items": [{"type": "INSTITUTION", "code": "LC0001-440000", "name": null, "rules": ["K1", "K4"], "filers": [],
                        "evidence": [{"rule": "K1", "note": "rank 2 of 312 by I1 LOAN",
                                      "figures": [{"name": "NPL", "value": 9000.00, "reason": null},
                                                  {"name": "total loans", "value": 600000.00, "reason": null},
                                                  {"name": "I1 LOAN", "value": 1.5, "reason": null}], "flag": null},
                                     {"rule": "K4", "note": "2026-03-12: bank acceptances issued without collateral", "figures": [],
                                      "flag": {"unitCode": "LC0001-440000", "reason": "bank acceptances issued without collateral",
                                               "flaggedOn": "2026-03-12"}}]},
                       {"type": "CLIENT", "code": "91440300MA5D8YQ014", "name": "Guangdong Huaxin Manufacturing Co., Ltd.",
                        "rules": ["K5"], "filers": ["LC0001-440000"],
                        "evidence": [{"rule": "K5", "note": "NPL >= 100,000,000 summed over 1 filer(s)",
                                      "figures": [{"name": "NPL, all filers", "value": 120000000.00, "reason": null}], "flag": null}]}]}""";

    static final String WEIGHTS = """
            {"I1": 2, "I2": 1, "I4": 1, "I7": 0}""";
}
