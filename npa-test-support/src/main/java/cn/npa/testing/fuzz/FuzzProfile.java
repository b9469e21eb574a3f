package cn.npa.testing.fuzz;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * Runs the fuzzer against a schema of its own ({@value #SCHEMA}) in the tests' PostgreSQL: whatever a hostile request
 * that is accepted changes (a holiday named with an emoji, a formula choice) cannot change another test's data.
 */
public class FuzzProfile implements QuarkusTestProfile {

    public static final String SCHEMA = "fuzz";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.flyway.schemas", SCHEMA,
                "quarkus.flyway.default-schema", SCHEMA,
                "quarkus.hibernate-orm.database.default-schema", SCHEMA,
                "quarkus.datasource.jdbc.additional-jdbc-properties.currentSchema", SCHEMA);
    }
}
