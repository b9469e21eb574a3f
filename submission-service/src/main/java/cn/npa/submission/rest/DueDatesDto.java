package cn.npa.submission.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The due dates of the report types of one period (a handful, so not paged). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DueDatesDto(String period, String bureauCode, List<DueDateDto> dueDates) {
}
