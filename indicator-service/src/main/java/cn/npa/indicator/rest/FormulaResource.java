package cn.npa.indicator.rest;

import cn.npa.common.problem.ProblemException;
import cn.npa.common.security.Caller;
import cn.npa.common.security.Roles;
import cn.npa.common.web.Page;
import cn.npa.common.web.PageRequest;
import cn.npa.indicator.service.FormulaService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The formula registry and the regulators' choices of variant (domain spec section 6). */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Formulas", description = "Indicator formulas, their variants and each regulator's choice")
public class FormulaResource {

    private final FormulaService formulas;
    private final Caller caller;

    public FormulaResource(FormulaService formulas, Caller caller) {
        this.formulas = formulas;
        this.caller = caller;
    }

    @GET
    @Path("/formulas")
    @RolesAllowed({Roles.ADMIN, Roles.CBRC, Roles.BUREAU, Roles.BANK, Roles.SERVICE})
    @Operation(operationId = "listFormulas", summary = "Every registered formula with its article and definition (paged)")
    public Page<FormulaDto> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return Page.of(formulas.all().stream().map(FormulaDto::of).toList(), PageRequest.of(page, size));
    }

    @GET
    @Path("/formula-choices/{regulatorCode}")
    @RolesAllowed({Roles.CBRC, Roles.BUREAU, Roles.SERVICE})
    @Operation(operationId = "getFormulaChoices", summary = "The formula in force for each indicator at a regulator")
    public List<ActiveFormulaDto> active(@PathParam("regulatorCode") String regulatorCode) {
        checkOwnRegulator(regulatorCode);
        return formulas.active(regulatorCode).stream().map(ActiveFormulaDto::of).toList();
    }

    @PUT
    @Path("/formula-choices/{regulatorCode}/{indicator}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CBRC, Roles.BUREAU})
    @Operation(operationId = "chooseFormula", summary = "Choose the variant a regulator uses for an indicator")
    public ActiveFormulaDto choose(@PathParam("regulatorCode") String regulatorCode, @PathParam("indicator") String indicator,
                                   @Valid FormulaChoiceDto body) {
        checkOwnRegulator(regulatorCode);
        return ActiveFormulaDto.of(formulas.choose(regulatorCode, indicator, body.formulaId(), caller.subject()));
    }

    /** A bureau reads and sets only its own choices; the CBRC and services any. */
    private void checkOwnRegulator(String regulatorCode) {
        if (!caller.is(Roles.CBRC) && !caller.is(Roles.SERVICE) && !regulatorCode.equals(caller.institution())) {
            throw ProblemException.forbidden("A bureau manages only its own formula choices.");
        }
    }
}
