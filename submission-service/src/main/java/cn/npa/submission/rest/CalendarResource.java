package cn.npa.submission.rest;

import cn.npa.common.security.Caller;
import cn.npa.common.security.Roles;
import cn.npa.submission.service.CalendarService;
import cn.npa.submission.service.DueDateService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The working-day calendar (D2) and the due dates it produces (Art. 18, D1-D3). */
@Path("/api/v1/calendar")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calendar", description = "Public holidays, make-up workdays and report due dates")
public class CalendarResource {

    private final CalendarService calendars;
    private final DueDateService dueDates;
    private final Caller caller;

    public CalendarResource(CalendarService calendars, DueDateService dueDates, Caller caller) {
        this.calendars = calendars;
        this.dueDates = dueDates;
        this.caller = caller;
    }

    @PUT
    @Path("/{year: \\d{4}}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "replaceCalendarYear", summary = "Replace a year's public holidays and make-up workdays (all bad entries are listed in one 422)")
    public CalendarYearDto replace(@PathParam("year") int year, CalendarInput input) {
        return CalendarYearDto.of(calendars.replaceYear(year, input == null ? null : input.toDraft(), caller.subject()));
    }

    @GET
    @Path("/{year: \\d{4}}")
    @RolesAllowed({Roles.ADMIN, Roles.CBRC, Roles.BUREAU, Roles.BANK, Roles.SERVICE})
    @Operation(operationId = "getCalendarYear", summary = "A loaded year's public holidays and make-up workdays (404 when none is loaded)")
    public CalendarYearDto year(@PathParam("year") int year) {
        return CalendarYearDto.of(calendars.year(year));
    }

    @GET
    @Path("/due-dates")
    @RolesAllowed({Roles.ADMIN, Roles.CBRC, Roles.BUREAU, Roles.BANK, Roles.SERVICE})
    @Operation(operationId = "listDueDates", summary = "Due dates of the head-office and bureau reports of a period (and a bureau's branch reports when bureau is given)")
    public DueDatesDto dueDates(@QueryParam("period") String period, @QueryParam("bureau") String bureau) {
        String b = QueryParams.text(bureau);
        return new DueDatesDto(period, b, dueDates.forPeriod(period, b).stream().map(DueDateDto::of).toList());
    }

    @GET
    @Path("/major-change-due")
    @RolesAllowed({Roles.ADMIN, Roles.CBRC, Roles.BUREAU, Roles.BANK, Roles.SERVICE})
    @Operation(operationId = "getMajorChangeDueDate", summary = "Due date of a MAJOR_CHANGE report for a change detected on a date (configured working days later)")
    public DueDateDto majorChange(@QueryParam("detectedOn") String detectedOn) {
        return DueDateDto.of(dueDates.majorChange(QueryParams.date(detectedOn, "detectedOn", true)));
    }
}
