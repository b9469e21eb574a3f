package cn.npa.submission.domain.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which answers of the report service's feed are refusals for good (parked) and which pass (retried). */
class FeedVerdictTest {

    @ParameterizedTest
    @ValueSource(ints = {400, 410, 413, 415, 422})
    @DisplayName("A 4xx the same body meets again is a refusal for good")
    void permanentRefusals(int status) {
        assertEquals(FeedVerdict.REFUSED, FeedVerdict.of(status));
    }

    @ParameterizedTest
    @ValueSource(ints = {401, 403, 404, 405, 408, 409, 425, 429, 500, 502, 503, 504, 302})
    @DisplayName("Auth, a missing route, rate limits, timeouts and 5xx pass: retried, never parked")
    void transientFailures(int status) {
        assertEquals(FeedVerdict.RETRY, FeedVerdict.of(status));
    }

    @ParameterizedTest
    @ValueSource(ints = {200})
    @DisplayName("A 200 is answered: the per-event results decide")
    void answered(int status) {
        assertEquals(FeedVerdict.ANSWERED, FeedVerdict.of(status));
    }
}
