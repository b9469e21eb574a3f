package cn.npa.submission.client;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The report service's inbox of accepted statements (idempotent on eventId: 201 new, 200 already received). */
@RegisterRestClient(configKey = "report-service")
@Path("/api/v1/accepted-statements")
interface ReportServiceApi {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    Response receive(@HeaderParam("Authorization") String bearer, JsonNode event);
}
