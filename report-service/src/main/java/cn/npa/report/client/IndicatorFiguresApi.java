package cn.npa.report.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The indicator service's figures intake (docs/indicators.md, "Intake"): one period's figures, streamed. */
@RegisterRestClient(configKey = "indicator-service")
@Path("/api/v1/figures")
public interface IndicatorFiguresApi {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    Response send(@HeaderParam("Authorization") String bearer, InputStream body);
}
