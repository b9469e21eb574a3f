package cn.npa.report.domain.outbox;

import java.util.List;

/** Why a receiver refused for good, as it said it: the HTTP status, the problem's title and detail, and the rule ids named. */
public record Refusal(int status, String title, String detail, List<String> rules) {

    public Refusal {
        rules = rules == null ? List.of() : List.copyOf(rules);
    }

    /** One line for logs and the outbox row's last error. */
    public String summary() {
        return "HTTP " + status + (title == null ? "" : " " + title) + (detail == null ? "" : ": " + detail)
                + (rules.isEmpty() ? "" : " " + rules);
    }
}
