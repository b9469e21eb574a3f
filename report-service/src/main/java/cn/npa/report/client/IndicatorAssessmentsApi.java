package cn.npa.report.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The indicator service's reads of assessment runs (docs/indicators.md): runs of a period, the assessments of a run's
 * nodes, its peer statistics and a regulator's key lists, each paged ({@code items, page, size, total}). Bodies are read
 * as JSON text by the report service (service/analysis/IndicatorAssessments), which keeps the fields it needs.
 */
@RegisterRestClient(configKey = "indicator-service")
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface IndicatorAssessmentsApi {

    @GET
    @Path("/runs")
    Response runs(@HeaderParam("Authorization") String bearer, @QueryParam("period") String period, @QueryParam("page") int page,
                  @QueryParam("size") int size);

    @GET
    @Path("/assessments/{period}")
    Response assessments(@HeaderParam("Authorization") String bearer, @PathParam("period") String period,
                         @QueryParam("runId") long runId, @QueryParam("jurisdiction") String jurisdiction,
                         @QueryParam("kind") String kind, @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/assessments/{period}/peer-statistics")
    Response peerStatistics(@HeaderParam("Authorization") String bearer, @PathParam("period") String period,
                            @QueryParam("runId") long runId, @QueryParam("kind") String kind, @QueryParam("page") int page,
                            @QueryParam("size") int size);

    @GET
    @Path("/key-lists/{regulatorCode}")
    Response keyList(@HeaderParam("Authorization") String bearer, @PathParam("regulatorCode") String regulatorCode,
                     @QueryParam("period") String period, @QueryParam("runId") long runId, @QueryParam("page") int page,
                     @QueryParam("size") int size);
}
