package cn.npa.indicator.rest;

import cn.npa.common.problem.Problem;
import cn.npa.common.security.Roles;
import cn.npa.common.web.PageRequest;
import cn.npa.indicator.domain.assessment.Level;
import cn.npa.indicator.service.KeyListService;
import cn.npa.indicator.service.Params;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Key institutions K1–K4 and key clients K5–K7 of a regulator's jurisdiction (domain §7). */
@Path("/api/v1/key-lists/{regulatorCode}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Key lists", description = "K1-K7 per jurisdiction, period and level, from an assessment run")
public class KeyListResource {

    private final KeyListService lists;

    public KeyListResource(KeyListService lists) {
        this.lists = lists;
    }

    @GET
    @RolesAllowed({Roles.CBRC, Roles.BUREAU, Roles.SERVICE, Roles.ADMIN})
    @Operation(operationId = "getKeyList", summary = "A regulator's key institutions and clients for a period; a bureau reads its own and those below it; paged",
            description = "level DEFAULT (the maximal nodes of the jurisdiction: for a bureau its grade-one branches and local banks, for "
                    + "the CBRC the head offices) is the list the run stored; another level is computed from the run's inputs on request.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = KeyListView.class),
            examples = @ExampleObject(name = "bureau", value = Examples.KEY_LIST)))
    @APIResponse(responseCode = "404", description = "No run of the period, or another bureau's jurisdiction",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public KeyListView get(@PathParam("regulatorCode") String regulatorCode, @Parameter(required = true) @QueryParam("period") String period,
                           @Parameter(description = "DEFAULT, BANK_HEAD_OFFICE, BRANCH_GRADE_ONE, BRANCH or SUB_BRANCH") @QueryParam("level") String level,
                           @QueryParam("runId") Long runId, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        PageRequest r = PageRequest.of(page, size);
        KeyListService.Answer a = lists.keyList(regulatorCode, period, runId, Params.value(Level.class, level, "level"));
        return KeyListView.of(a.run(), a.list(), r);
    }
}
