package cn.npa.embedded;

import cn.npa.datagen.InstitutionRow;
import cn.npa.datagen.RegisterGenerator;
import cn.npa.datagen.RegisterScale;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/** Loads the demo data set through the services' own APIs, as an operator or a bank's system would. */
final class DemoLoader {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String submissionUrl;
    private final String adminToken;

    DemoLoader(String submissionUrl, String adminToken) {
        this.submissionUrl = submissionUrl;
        this.adminToken = adminToken;
    }

    /** How many institutions the register holds today (0 in a new database): the demo is loaded only into an empty one. */
    long registerSize() throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(submissionUrl + "/api/v1/institutions?size=1"))
                .header("Authorization", "Bearer " + adminToken).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("Register search failed with " + r.statusCode() + ": " + r.body());
        }
        return new ObjectMapper().readTree(r.body()).path("total").asLong();
    }

    /** Imports the demo register; returns the number of institutions sent. */
    int loadRegister(long seed) throws IOException, InterruptedException {
        List<InstitutionRow> rows = RegisterGenerator.generate(seed, RegisterScale.DEMO);
        String body = rows.stream().map(InstitutionRow::toJson).collect(Collectors.joining(",", "[", "]"));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(submissionUrl + "/api/v1/institutions/import"))
                .header("Authorization", "Bearer " + adminToken)
                .header("Content-Type", "application/json")
                .timeout(Duration.ofMinutes(2))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() / 100 != 2) {
            throw new IllegalStateException("Register import failed with " + r.statusCode() + ": " + r.body());
        }
        return rows.size();
    }
}
