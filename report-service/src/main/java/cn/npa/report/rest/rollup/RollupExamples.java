package cn.npa.report.rest.rollup;

/** Examples of rollup answers for the OpenAPI document (shortened: breakdowns cut to one line each). */
final class RollupExamples {

    private RollupExamples() {
    }

    static final String BRANCH = """
            {"node":"LC0001-GD","name":"Lingnan Commercial Bank Guangdong Branch","kind":"BRANCH_GRADE_ONE","tree":"BANK",
             "period":"2026-10","basis":"RESTATED","source":"CHILDREN_SUM","filingUnits":2,"provisional":true,
             "coverage":{"expectedUnits":3,"filedUnits":2,"unitShare":0.6666666666666666666666666666666667,
               "loanShare":0.7142857142857142857142857142857143,"previousLoansFiled":2500000.00,
               "previousLoansTotal":3500000.00,"missingByLevel":{"SUB_BRANCH":1}},
             "figures":{"loans":{"totalLoans":2600000.00,"npl":52000.00,"nplRatio":0.02,
               "grades":{"pass":2450000.00,"specialMention":98000.00,"substandard":30000.00,"doubtful":15000.00,"loss":7000.00},
               "movements":{"newNpl":6000.00,"cashCollected":1000.00,"writtenOff":500.00,"debtAssetSwap":0.00,"upgraded":300.00,
                 "otherReduction":0.00,"byDisposalMethod":{"WRITE_OFF":500.00}},
               "byRegion":[{"key":"440000","total":2600000.00,"npl":52000.00,"nplRatio":0.02}]}},
             "register":{"asOf":"2026-10-31","version":42,"stale":false},"computedAt":"2026-11-12T09:00:01+08:00"}
            """;

    static final String TOP10 = """
            {"node":"BUR-440000","period":"2026-Q3","basis":"RESTATED","n":10,
             "tables":{"clientsByNpl":[{"rank":1,"key":"91440600MA04LN2G5G","name":"Lingnan Steel Products Co., Ltd.",
               "value":2415000000.00,"figures":{"creditCode":"91440600MA04LN2G5G","name":"Lingnan Steel Products Co., Ltd.",
               "groupId":"GRP-LINGNAN-STEEL","loanBalance":6820000000.00,"nplBalance":2415000000.00}}]},
             "register":{"asOf":"2026-09-30","version":42,"stale":false}}
            """;
}
