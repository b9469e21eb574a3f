package cn.npa.submission.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The due dates of the report types of one period (a handful, so not paged). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(requiredProperties = {"period", "dueDates"})
public record DueDatesDto(String period, String bureauCode, List<DueDateDto> dueDates) {
}
