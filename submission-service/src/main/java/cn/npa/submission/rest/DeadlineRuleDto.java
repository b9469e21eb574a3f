package cn.npa.submission.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import cn.npa.submission.domain.period.ReportType;
import cn.npa.submission.service.StoredBranchRule;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/** A bureau's branch deadline rule as the API shows it: due {@code dueDays} calendar days after the period's last day. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(requiredProperties = {"id", "bureauCode", "reportType", "dueDays", "validFrom", "createdBy"})
public record DeadlineRuleDto(long id, String bureauCode, @Schema(implementation = ReportType.class) String reportType, int dueDays,
                              LocalDate validFrom, @Schema(description = "Absent while the rule is open-ended") LocalDate validTo,
                              String createdBy) {

    public static DeadlineRuleDto of(StoredBranchRule s) {
        return new DeadlineRuleDto(s.id(), s.rule().bureauCode(), s.rule().reportType().name(), s.rule().dueDays(),
                s.rule().validFrom(), s.rule().validTo(), s.createdBy());
    }
}
