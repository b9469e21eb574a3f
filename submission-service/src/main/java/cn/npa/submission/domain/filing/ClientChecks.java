package cn.npa.submission.domain.filing;

import cn.npa.common.problem.RuleId;
import java.math.BigDecimal;
import java.util.List;

/**
 * Client exposures: V4 (NPL within loans), V6 (credit codes), V3 (listed clients within the totals) and coverage
 * (V7, Art. 6 and 8(2)). Coverage can only be judged from what is filed: a list shorter than ten must account for
 * all loans (or all NPL), otherwise some unlisted client belonged among the ten largest.
 */
final class ClientChecks {

    static final int TOP = 10;
    private static final String P = "$.loans.clients";

    private ClientChecks() {
    }

    static void check(LoanSection loans, Problems problems) {
        List<ClientExposure> clients = loans.clients();
        if (clients == null) {
            return;
        }
        for (int i = 0; i < clients.size(); i++) {
            ClientExposure c = clients.get(i);
            Compare.atMost(problems, P + "[" + i + "].nplBalance", "the client's NPL", c.nplBalance(),
                    "its loan balance", c.loanBalance());
            if (c.clientId() != null) {
                String problem = UnifiedSocialCreditCode.problem(c.clientId());
                if (problem != null) {
                    problems.add(RuleId.V6, P + "[" + i + "].clientId", "clientId '" + c.clientId()
                            + "' is not a valid Unified Social Credit Code: " + problem);
                }
            }
        }
        BigDecimal listedLoans = Sums.over(clients, ClientExposure::loanBalance);
        BigDecimal listedNpl = Sums.over(clients, ClientExposure::nplBalance);
        Compare.sumsAtMost(problems, P, "the listed clients' loans", listedLoans, "total loans", loans.total());
        Compare.sumsAtMost(problems, P, "the listed clients' NPLs", listedNpl, "NPL", loans.npl());
        coverage(clients, listedLoans, listedNpl, loans, problems);
    }

    private static void coverage(List<ClientExposure> clients, BigDecimal listedLoans, BigDecimal listedNpl,
                                 LoanSection loans, Problems problems) {
        if (listedLoans == null || listedNpl == null || loans.total() == null || loans.npl() == null) {
            return;
        }
        if (clients.size() < TOP && listedLoans.compareTo(loans.total()) < 0) {
            problems.add(RuleId.V7, P, "list at least the " + TOP + " largest borrowers by loan balance (Art. 8(2)): "
                    + clients.size() + " are listed and they cover " + Compare.show(listedLoans) + " of "
                    + Compare.show(loans.total()) + " total loans");
        }
        long withNpl = clients.stream().filter(c -> c.nplBalance().signum() > 0).count();
        if (withNpl < TOP && listedNpl.compareTo(loans.npl()) < 0) {
            problems.add(RuleId.V7, P, "list at least the " + TOP + " clients with the largest NPL and every client with NPL of"
                    + " RMB 100 million or more (Art. 6, 8(2)): " + withNpl + " listed clients have NPL, covering "
                    + Compare.show(listedNpl) + " of " + Compare.show(loans.npl()) + " NPL");
        }
    }
}
