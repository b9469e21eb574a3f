package cn.npa.report.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The submission service's register export: every institution valid on a date, with the register's version stamp. */
@RegisterRestClient(configKey = "submission-service")
@Path("/api/v1/institutions/export")
public interface SubmissionRegisterApi {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    Response export(@HeaderParam("Authorization") String bearer, @QueryParam("asOf") String asOf);
}
