package cn.npa.report.domain.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which answers of the indicator service's figures intake are refusals for good (parked) and which pass (retried). */
class FiguresVerdictTest {

    @ParameterizedTest
    @ValueSource(ints = {400, 409, 413, 415, 422})
    @DisplayName("Unreadable, invalid (V1, V4, FIG-NODE ...) or the same version with other bytes (409): refused for good")
    void permanentRefusals(int status) {
        assertEquals(FiguresVerdict.REFUSED, FiguresVerdict.of(status));
    }

    @ParameterizedTest
    @ValueSource(ints = {401, 403, 404, 405, 408, 425, 429, 500, 503, 302})
    @DisplayName("Auth, a missing route, rate limits, timeouts and 5xx pass: retried, never parked")
    void transientFailures(int status) {
        assertEquals(FiguresVerdict.RETRY, FiguresVerdict.of(status));
    }

    @ParameterizedTest
    @ValueSource(ints = {200, 201})
    @DisplayName("200 (the same version again) and 201 (stored) are delivered")
    void delivered(int status) {
        assertEquals(FiguresVerdict.DELIVERED, FiguresVerdict.of(status));
    }
}
