package cn.npa.submission.rest;

import static cn.npa.submission.rest.SubmissionIntakeTest.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.npa.submission.DemoRegister;
import cn.npa.submission.repository.OutboxRepository;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import cn.npa.submission.service.intake.OutboxRelay;
import cn.npa.testing.TestTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * The outbox as the relay sees it: without a service-token key nothing is sent and every event stays pending (nothing is
 * lost); a claimed event carries its version's filing, exactly as filed, under {@code figures.filing}.
 */
@QuarkusTest
class OutboxRelayTest {

    @Inject
    OutboxRelay relay;

    @Inject
    AgroalDataSource db;

    @Inject
    OutboxRepository outbox;

    private static final ObjectMapper EXACT = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true)).build();

    @Test
    void withoutASigningKeyEventsStayPending() {
        DemoRegister.load();
        String id = post(TestTokens.bank("CC0001"), FilingBodies.monthly("CC0001", "2025-11").json()).then().statusCode(201)
                .extract().jsonPath().getString("submissionId");
        assertEquals(0, relay.relayDue());
        assertEquals(1, IntakeTables.outboxFor(db, id));
    }

    @Test
    void aClaimedEventCarriesItsVersionsFilingExactlyAsFiled() throws Exception {
        DemoRegister.load();
        FilingBodies first = FilingBodies.monthly("FB0001", "2025-12");
        String id = post(TestTokens.bank("FB0001"), first.json()).then().statusCode(201).extract().jsonPath().getString("submissionId");
        FilingBodies second = FilingBodies.monthly("FB0001", "2025-12").scale("1.01").reason("corrected branch figures");
        post(TestTokens.bank("FB0001"), second.json()).then().statusCode(201);

        Map<Integer, JsonNode> events = new TreeMap<>();
        QuarkusTransaction.requiringNew().run(() -> {
            for (OutboxRepository.OutboxRow row : outbox.claimDue(100_000, 1)) {
                JsonNode event = read(row.payload());
                if (event.path("submissionId").asText().equals(id)) {
                    events.put(event.path("version").asInt(), event);
                }
            }
        });
        assertEquals(List.of(1, 2), List.copyOf(events.keySet()));
        // exact: compared as trees with exact decimals, so 8000.00 filed is 8000.00 sent
        assertEquals(read(first.json()), events.get(1).path("figures").path("filing"));
        assertEquals(read(second.json()), events.get(2).path("figures").path("filing"));
        assertTrue(events.get(2).path("figures").has("totalLoans"), events.get(2).toString());
    }

    private static JsonNode read(String json) {
        try {
            return EXACT.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
