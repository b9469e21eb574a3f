package cn.npa.indicator.rest;

import cn.npa.common.problem.ProblemException;
import cn.npa.common.problem.RuleId;
import cn.npa.common.security.Caller;
import cn.npa.common.security.Roles;
import cn.npa.indicator.service.WeightsService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A regulator's weights of I1, I2, I4 and I7 in the progress degree (进步度); runs record the weights they used. */
@Path("/api/v1/progress-weights/{regulatorCode}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Formulas")
public class ProgressWeightsResource {

    private final WeightsService weights;
    private final Caller caller;

    public ProgressWeightsResource(WeightsService weights, Caller caller) {
        this.weights = weights;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.CBRC, Roles.BUREAU, Roles.SERVICE})
    @Operation(operationId = "getProgressWeights", summary = "The progress weights in force at a regulator (equal unless it set its own)")
    public ProgressWeightsView get(@PathParam("regulatorCode") String regulatorCode) {
        WeightsService.InForce w = weights.get(regulatorCode, caller);
        return ProgressWeightsView.of(w.weights(), w.isDefault());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CBRC, Roles.BUREAU})
    @Operation(operationId = "setProgressWeights", summary = "Set a regulator's weights: every one of I1, I2, I4, I7, each from 0 to 1000, not all 0 (WEIGHTS)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "weights", value = Examples.WEIGHTS)))
    public ProgressWeightsView set(@PathParam("regulatorCode") String regulatorCode, Map<String, BigDecimal> body) {
        if (body == null) {
            throw ProblemException.malformedJson("The body is empty.", RuleId.JSON, "a JSON object of weights is required");
        }
        WeightsService.InForce w = weights.set(regulatorCode, body, caller);
        return ProgressWeightsView.of(w.weights(), w.isDefault());
    }
}
