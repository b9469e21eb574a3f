package cn.npa.report.rest.rollup;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The indicator service's figures intake as its contract describes it (docs/indicators.md, "Intake"), played inside the
 * report service's tests: it keeps what it receives and answers the status a test sets.
 */
@Path("/api/v1/figures")
@PermitAll
public class IndicatorFiguresFixture {

    static final List<String> RECEIVED = new CopyOnWriteArrayList<>();
    static volatile int status = 200;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Response receive(String body) {
        RECEIVED.add(body);
        return Response.status(status).entity("{}").type(MediaType.APPLICATION_JSON).build();
    }
}
