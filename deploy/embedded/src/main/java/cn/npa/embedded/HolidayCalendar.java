package cn.npa.embedded;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The State Council's published holidays and adjusted working weekends (调休), year by year, from the data file
 * {@code calendar/cn-public-holidays.json} (each year names its notice), sent to the working-day calendar API (D2).
 */
final class HolidayCalendar {

    static final String RESOURCE = "calendar/cn-public-holidays.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One year as the notice gives it: the holiday spans expanded to days, the make-up workdays as listed. */
    record Year(int year, String source, List<Day> holidays, List<Day> makeUpWorkdays) {

        /** The body of {@code PUT /api/v1/calendar/{year}}. */
        String body() {
            ObjectNode root = JSON.createObjectNode();
            days(root.putArray("holidays"), holidays);
            days(root.putArray("makeUpWorkdays"), makeUpWorkdays);
            return root.toString();
        }

        private static void days(ArrayNode array, List<Day> days) {
            days.forEach(d -> array.addObject().put("date", d.date().toString()).put("name", d.name()));
        }
    }

    /** A listed day and the holiday it belongs to. */
    record Day(LocalDate date, String name) {
    }

    private HolidayCalendar() {
    }

    /** Every year of the data file. */
    static List<Year> years() {
        try (InputStream in = HolidayCalendar.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the launcher's class path");
            }
            List<Year> years = new ArrayList<>();
            for (JsonNode y : JSON.readTree(in).get("years")) {
                List<Day> holidays = new ArrayList<>();
                for (JsonNode span : y.get("holidays")) {
                    LocalDate to = LocalDate.parse(span.get("to").asText());
                    for (LocalDate d = LocalDate.parse(span.get("from").asText()); !d.isAfter(to); d = d.plusDays(1)) {
                        holidays.add(new Day(d, span.get("name").asText()));
                    }
                }
                List<Day> makeUp = new ArrayList<>();
                for (JsonNode day : y.get("makeUpWorkdays")) {
                    makeUp.add(new Day(LocalDate.parse(day.get("date").asText()), day.get("name").asText()));
                }
                years.add(new Year(y.get("year").asInt(), y.get("source").asText(), List.copyOf(holidays), List.copyOf(makeUp)));
            }
            return List.copyOf(years);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Loads, as admin, every year of the file that the service has not loaded yet ({@code GET} answers 404), so a
     * calendar an operator changed is never overwritten; returns the years loaded now.
     */
    static List<Year> loadMissing(String submissionUrl, String adminToken) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<Year> loaded = new ArrayList<>();
        for (Year y : years()) {
            URI uri = URI.create(submissionUrl + "/api/v1/calendar/" + y.year());
            HttpResponse<String> present = http.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + adminToken)
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            if (present.statusCode() == 200) {
                continue;
            }
            HttpResponse<String> put = http.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + adminToken)
                    .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                    .PUT(HttpRequest.BodyPublishers.ofString(y.body())).build(), HttpResponse.BodyHandlers.ofString());
            if (put.statusCode() / 100 != 2) {
                throw new IllegalStateException("calendar " + y.year() + " was refused with " + put.statusCode() + ": " + put.body());
            }
            loaded.add(y);
        }
        return List.copyOf(loaded);
    }
}
