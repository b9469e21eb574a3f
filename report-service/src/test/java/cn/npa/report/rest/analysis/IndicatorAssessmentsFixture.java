package cn.npa.report.rest.analysis;

import cn.npa.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The indicator service's assessment reads as its rest package answers them (RunView, NodeAssessmentView,
 * PeerStatisticView, KeyListView, each paged as {@code Page}: items, page, size, total), played inside the report
 * service's tests with hand-written bodies a test sets per period. Like the real service, it lets only callers with a
 * role it accepts in: here the {@code service} role of the report service's own token.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SERVICE)
public class IndicatorAssessmentsFixture {

    /** Bodies by "runs|period", "assessments|period|runId|kind", "peers|period|runId|kind", "keys|regulator|period|runId". */
    static final Map<String, String> BODIES = new ConcurrentHashMap<>();
    /** The Authorization headers received (the report service's service tokens). */
    static final List<String> AUTHORIZATIONS = new CopyOnWriteArrayList<>();
    /** The status every read answers when not 200 (a failing indicator service). */
    static volatile int status = 200;

    @GET
    @Path("/runs")
    @Operation(hidden = true)
    public Response runs(@HeaderParam("Authorization") String auth, @QueryParam("period") String period) {
        return answer(auth, "runs|" + period, true);
    }

    @GET
    @Path("/assessments/{period}")
    @Operation(hidden = true)
    public Response assessments(@HeaderParam("Authorization") String auth, @PathParam("period") String period,
                                @QueryParam("runId") long runId, @QueryParam("kind") String kind) {
        return answer(auth, "assessments|" + period + "|" + runId + "|" + kind, true);
    }

    @GET
    @Path("/assessments/{period}/peer-statistics")
    @Operation(hidden = true)
    public Response peers(@HeaderParam("Authorization") String auth, @PathParam("period") String period,
                          @QueryParam("runId") long runId, @QueryParam("kind") String kind) {
        return answer(auth, "peers|" + period + "|" + runId + "|" + kind, true);
    }

    @GET
    @Path("/key-lists/{regulatorCode}")
    @Operation(hidden = true)
    public Response keyList(@HeaderParam("Authorization") String auth, @PathParam("regulatorCode") String regulator,
                            @QueryParam("period") String period, @QueryParam("runId") long runId) {
        return answer(auth, "keys|" + regulator + "|" + period + "|" + runId, false);
    }

    /** The body set for the key; an empty page (or an empty key list) when unset. */
    private static Response answer(String auth, String key, boolean list) {
        AUTHORIZATIONS.add(auth);
        if (status != 200) {
            return Response.status(status).type("application/problem+json").entity("{\"status\":" + status + "}").build();
        }
        String body = BODIES.get(key);
        if (body == null && !list) {
            String[] k = key.split("\\|");
            body = "{\"runId\":" + k[3] + ",\"period\":\"" + k[2] + "\",\"regulatorCode\":\"" + k[1] + "\",\"level\":\"DEFAULT\","
                    + "\"unitsConsidered\":0,\"institutions\":0,\"clients\":0,\"items\":[],\"page\":0,\"size\":1000,\"total\":0}";
        }
        return Response.ok(body == null ? "{\"items\":[],\"page\":0,\"size\":1000,\"total\":0}" : body).build();
    }
}
