package cn.npa.report.rest.rollup;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The submission service's register export as its contract describes it (docs/feed.md, docs/register.md), served inside
 * the report service's tests so that they can set the register of each period end. Only the report service's module
 * tests use it; the end-to-end tests in deploy/embedded fetch from the real submission service.
 */
@Path("/api/v1/institutions/export")
@PermitAll
public class RegisterExportFixture {

    /** One exported institution, as the export writes it. */
    public record Row(String code, String name, String kind, String parentCode, String supervisorCode, String regionCode,
                      String peerGroup) {
    }

    private static final Map<LocalDate, List<Row>> REGISTERS = new ConcurrentHashMap<>();
    private static final AtomicInteger CALLS = new AtomicInteger();
    private static volatile long version = 1;
    private static volatile boolean down;

    /** The register the export answers for {@code asOf}. */
    public static void serve(LocalDate asOf, List<Row> rows) {
        REGISTERS.put(asOf, List.copyOf(rows));
    }

    public static void version(long v) {
        version = v;
    }

    /** Makes the export answer 503, as a submission service that is down would. */
    public static void down(boolean isDown) {
        down = isDown;
    }

    public static int calls() {
        return CALLS.get();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Response export(@HeaderParam("Authorization") String bearer, @QueryParam("asOf") LocalDate asOf) {
        CALLS.incrementAndGet();
        if (down) {
            return Response.status(503).build();
        }
        if (bearer == null || !bearer.startsWith("Bearer ")) {
            return Response.status(401).build();
        }
        return Response.ok(new ArrayList<>(REGISTERS.getOrDefault(asOf, List.of()))).header("X-Register-Version", version).build();
    }
}
