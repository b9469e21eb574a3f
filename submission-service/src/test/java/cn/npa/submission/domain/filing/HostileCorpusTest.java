package cn.npa.submission.domain.filing;

import static cn.npa.submission.domain.filing.FilingReaderTest.keys;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile documents through FilingReader and FilingValidator: each must give exactly the expected rule ids at the
 * expected paths, quickly, and nothing may escape as an exception.
 */
class HostileCorpusTest {

    static Stream<Hostile> corpus() {
        return Stream.of(HostileDocuments.amounts(), HostileDocuments.structure(), HostileDocuments.content())
                .flatMap(List::stream);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void yieldsExactlyTheExpectedFindings(Hostile hostile) {
        ReadResult result = assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> assertDoesNotThrow(() -> FilingValidator.readAndValidate(hostile.json(), FilerCheck.NONE)));
        assertEquals(hostile.expected(), keys(result.errors()), () -> hostile.name() + ": " + result.errors());
    }

    /** One hostile document and the findings ("RULE path", in report order) it must produce. */
    record Hostile(String name, String json, List<String> expected) {
        @Override
        public String toString() {
            return name;
        }
    }
}
