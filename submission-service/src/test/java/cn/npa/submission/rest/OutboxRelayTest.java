package cn.npa.submission.rest;

import static cn.npa.submission.rest.SubmissionIntakeTest.post;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.npa.submission.DemoRegister;
import cn.npa.submission.service.intake.OutboxRelay;
import cn.npa.testing.TestTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** Without a service-token key the relay sends nothing and leaves every event pending (nothing is lost). */
@QuarkusTest
class OutboxRelayTest {

    @Inject
    OutboxRelay relay;

    @Inject
    AgroalDataSource db;

    @Test
    void withoutASigningKeyEventsStayPending() {
        DemoRegister.load();
        String id = post(TestTokens.bank("CC0001"), FilingBodies.monthly("CC0001", "2025-11").json()).then().statusCode(201)
                .extract().jsonPath().getString("submissionId");
        assertEquals(0, relay.relayDue());
        assertEquals(1, IntakeTables.outboxFor(db, id));
    }
}
