package cn.npa.submission;

import cn.npa.testing.LayerRules;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The shared layer rules ({@link LayerRules}) applied to this service's production classes. */
class ArchitectureTest {

    @TestFactory
    Stream<DynamicTest> layers() {
        return LayerRules.check("cn.npa.submission");
    }
}
