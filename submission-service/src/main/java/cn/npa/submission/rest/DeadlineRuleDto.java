package cn.npa.submission.rest;

import cn.npa.submission.service.StoredBranchRule;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/** A bureau's branch deadline rule as the API shows it: due {@code dueDays} calendar days after the period's last day. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeadlineRuleDto(long id, String bureauCode, String reportType, int dueDays, LocalDate validFrom, LocalDate validTo,
                              String createdBy) {

    public static DeadlineRuleDto of(StoredBranchRule s) {
        return new DeadlineRuleDto(s.id(), s.rule().bureauCode(), s.rule().reportType().name(), s.rule().dueDays(),
                s.rule().validFrom(), s.rule().validTo(), s.createdBy());
    }
}
