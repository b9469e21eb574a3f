package cn.npa.report.rest.rollup;

import static cn.npa.report.rest.rollup.RollupResourceTest.register;
import static cn.npa.report.rest.rollup.SmallRegister.CB;
import static cn.npa.report.rest.rollup.SmallRegister.LA_GD;
import static cn.npa.report.rest.rollup.SmallRegister.SZ1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.npa.report.repository.outbox.FiguresOutboxRepository;
import cn.npa.report.service.outbox.FiguresRelay;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The feed of rolled-up figures to the indicator service, outbox side: a period's figures are owed in the same
 * transaction as the filings that changed them, sent once in the intake format, and kept owed while the indicator
 * service refuses them.
 */
@QuarkusTest
class FiguresFeedTest {

    @Inject
    FiguresRelay relay;

    @Inject
    FiguresOutboxRepository outbox;

    @Inject
    java.time.Clock clock;

    @Test
    void aPeriodsFiguresAreOwedSentOnceAndKeptWhileRefused() {
        String period = "2055-05";
        register(period, SmallRegister.rows());
        IndicatorFiguresFixture.status = 503;
        Feed.send(List.of(
                Feed.statement("S-" + period + "-1", 1, SZ1, "BRANCH_MONTHLY_NPL", period, Feed.filing(SZ1, "BRANCH_MONTHLY_NPL", period, "1000.00", "10.00")),
                Feed.statement("S-" + period + "-2", 1, CB, "BANK_MONTHLY_NPL", period, Feed.filing(CB, "BANK_MONTHLY_NPL", period, "8000.00", "80.00"))))
                .then().statusCode(200);
        assertEquals(1, pending(period));

        relay.relayDue();
        // refused: still owed, waiting out its back-off
        assertEquals(1, pending(period));

        IndicatorFiguresFixture.status = 200;
        IndicatorFiguresFixture.RECEIVED.clear();
        QuarkusTransaction.requiringNew().run(() -> outbox.failed(period, java.time.OffsetDateTime.parse("2000-01-01T00:00:00Z"), "test: due again"));
        relay.relayDue();
        assertEquals(0, pending(period));
        String body = IndicatorFiguresFixture.RECEIVED.stream().filter(b -> b.contains("\"period\":\"" + period + "\"")).findFirst().orElseThrow();
        assertTrue(body.contains("\"code\":\"" + LA_GD + "\",\"kind\":\"BRANCH_GRADE_ONE\""), body);
        assertTrue(body.contains("\"AS_FIRST_REPORTED\":{\"loan\":{\"totalLoans\":1000.00,\"npl\":10.00,\"cashCollected\":0.00,\"cashCollectedYtd\":0.00}"), body);
        assertTrue(body.contains("\"code\":\"CBRC\",\"kind\":\"REGULATOR_NATIONAL\""), body);
        assertTrue(body.contains("\"code\":\"PEER-CITY-COMMERCIAL\",\"kind\":\"PEER_GROUP\""), body);
        assertTrue(body.contains("\"filerCode\":\"" + CB + "\""), body);

        // nothing more is owed: nothing is sent again
        int before = IndicatorFiguresFixture.RECEIVED.size();
        relay.relayDue();
        assertEquals(before, IndicatorFiguresFixture.RECEIVED.size());
    }

    @Test
    void aPeriodClaimedByOneReplicaIsNotClaimedByAnotherUntilItsLeaseRunsOut() {
        String period = "2055-06";
        register(period, SmallRegister.rows());
        Feed.send(List.of(Feed.statement("S-" + period + "-1", 1, SZ1, "BRANCH_MONTHLY_NPL", period,
                Feed.filing(SZ1, "BRANCH_MONTHLY_NPL", period, "1000.00", "10.00")))).then().statusCode(200);
        java.time.OffsetDateTime now = java.time.OffsetDateTime.now(clock).plusSeconds(5);
        java.time.OffsetDateTime lease = now.plusMinutes(10);
        assertTrue(claimed(now, lease).contains(period));
        // a second replica ticking meanwhile finds nothing to send for the period
        assertTrue(!claimed(now, lease).contains(period));
        // the sender died: after the lease, any replica sends it
        assertTrue(claimed(lease.plusSeconds(1), lease.plusMinutes(10)).contains(period));
        QuarkusTransaction.requiringNew().run(() -> outbox.delivered(period, Long.MAX_VALUE, lease));
    }

    private List<String> claimed(java.time.OffsetDateTime now, java.time.OffsetDateTime leaseUntil) {
        return QuarkusTransaction.requiringNew().call(() -> outbox.claimDue(now, now, leaseUntil, 1000)).stream()
                .map(FiguresOutboxRepository.Owed::period).toList();
    }

    private long pending(String period) {
        return QuarkusTransaction.requiringNew().call(() -> outbox.pending(period));
    }
}
