package cn.npa.report.rest.analysis;

/** OpenAPI examples of analysis documents (abridged: one row per list). */
final class ReportExamples {

    private ReportExamples() {
    }

    static final String MONTHLY = """
            {"notice":"PROVISIONAL: 2 of 3 expected filing units have filed (66.67% of units, 50.00% of the previous period's loans); missing: LA0001-GD-GZ1 (SUB_BRANCH, OVERDUE).",
             "schema":"npa-analysis/1","kind":"MONTHLY_NPL_ANALYSIS",
             "node":{"code":"BUR-440000","name":"Guangdong Bureau","kind":"REGULATOR_BUREAU"},
             "period":"2026-10","previousPeriod":"2026-09","yearStartPeriod":"2025-12","provisional":true,
             "coverage":{"expectedUnits":3,"filedUnits":2,"unitShare":0.6666666666666666666666666666666667,"loanShare":0.5,
                         "missing":[{"code":"LA0001-GD-GZ1","name":"Large Bank A Guangzhou Sub-branch","level":"SUB_BRANCH","status":"OVERDUE"}]},
             "inputs":{"registerDate":"2026-10-31","registerVersion":7,"registerStale":false,"basis":"RESTATED",
                       "periodsRead":["2026-10","2026-09","2025-12"],
                       "versions":[{"ref":"2026-10/LA0001-GD-SZ1","institutionCode":"LA0001-GD-SZ1","reportType":"BRANCH_MONTHLY_NPL",
                                    "period":"2026-10","submissionId":"S-2026-10-1","version":2,"role":"USED"},
                                   {"ref":"2026-10/LA0001-GD-SZ1#v1","institutionCode":"LA0001-GD-SZ1","reportType":"BRANCH_MONTHLY_NPL",
                                    "period":"2026-10","submissionId":"S-2026-10-1","version":1,"role":"REPLACED"}]},
             "basicFigures":{"figures":[{"figure":"NPL","current":41.00,"previous":20.00,"changeVsPrevious":21.00,
                             "changeRateVsPrevious":1.05,"yearStart":null,"changeVsYearStart":null,"changeRateVsYearStart":null,
                             "trace":["2026-10","2026-09"]}],
                             "byRegion":[],"byIndustry":[],
                             "majorChangeRule":"a balance change of more than 10.00% or more than 100000000 yuan; a ratio change of more than 2.00 pp",
                             "majorChanges":[{"scope":"OVERALL","key":"","figure":"NPL","comparedWith":"PREVIOUS_PERIOD","base":20.00,
                                              "current":41.00,"change":21.00,"reason":"change of 105.00% is more than 10.00%",
                                              "trace":["2026-10","2026-09"]}]},
             "topLists":{"n":10,"branchesByNpl":[{"rank":1,"code":"LA0001-GD","name":"Large Bank A Guangdong Branch","value":41.00,
                          "totalLoans":2600.00,"npl":41.00,"nplRatio":0.01576923076923076923076923076923077,
                          "trace":["2026-10/LA0001-GD-SZ1","2026-10/LA0001-GD-SZ2"]}],
                          "branchesByNplRatio":[],"clientsByLoan":[],"clientsByNpl":[]},
             "reductions":{"newNpl":2.00,"totalReductions":0.00,"byKind":[{"key":"CASH_COLLECTED","amount":0.00,"trace":["2026-10"]}],
                           "byDisposalMethod":[],"trace":["2026-10"]},
             "vintages":{"byYear":[],"thisYear":null},
             "causes":{"external":[],"externalTotal":0.00,"internal":[],"internalTotal":0.00,"other":[],"typicalCases":[],"analyses":[]},
             "projection":{"nextPeriod":"2026-11","figures":{"NPL":{"status":"INSUFFICIENT_HISTORY","method":"LINEAR_TREND_OLS",
                           "note":"insufficient history: 2 periods, at least 6 needed"}},"filers":[]},
             "measuresAndOpinions":{"measures":[],"evaluations":[]},
             "majorAdjustments":[{"institutionCode":"LA0001-GD-SZ1","reportType":"BRANCH_MONTHLY_NPL","period":"2026-10",
                                  "replacedVersion":1,"version":2,"figure":"NPL","before":10.00,"after":30.00,"change":20.00,
                                  "changeRate":2,"reason":"version 2 moved NPL by more than 5% of version 1",
                                  "trace":["2026-10/LA0001-GD-SZ1#v1","2026-10/LA0001-GD-SZ1"]}],
             "nonCredit":null,"offBalanceSheet":null}
            """;

    static final String ASSESSMENT = """
            {"notice":"TBD"}
            """;
}
