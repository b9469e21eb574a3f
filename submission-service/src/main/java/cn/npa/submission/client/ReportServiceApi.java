package cn.npa.submission.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The report service's feed (docs/feed.md): a JSON array of events in, one result per event out; idempotent on eventId. */
@RegisterRestClient(configKey = "report-service")
@Path("/api/v1/feed")
interface ReportServiceApi {

    /** Sends events as the JSON array text given, byte for byte (the stored payloads, never re-serialised). */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Response feed(@HeaderParam("Authorization") String bearer, String events);
}
