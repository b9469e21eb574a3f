package cn.npa.submission.domain.outbox;

import java.util.List;

/**
 * Why a receiver refused an event for good, as it said it: the HTTP status of the call, the problem's title and detail
 * (or, for a refusal inside a 200 answer, the event's outcome and its errors), and the rule ids it named.
 */
public record Refusal(int status, String title, String detail, List<String> rules) {

    public Refusal {
        rules = rules == null ? List.of() : List.copyOf(rules);
    }

    /** One line for logs and the outbox row's last error ("HTTP 422 Unprocessable: ..." or, in a 200 answer, "REJECTED: ..."). */
    public String summary() {
        String head = status == 200 ? (title == null ? "refused" : title) : "HTTP " + status + (title == null ? "" : " " + title);
        return head + (detail == null ? "" : ": " + detail) + (rules.isEmpty() ? "" : " " + rules);
    }
}
