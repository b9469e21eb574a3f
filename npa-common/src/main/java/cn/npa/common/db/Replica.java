package cn.npa.common.db;

import jakarta.inject.Qualifier;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@link Jdbc} or repository that reads from the read-only replica datasource ({@code quarkus.datasource."replica"},
 * docs/deployment.md, "Which reads go to the replicas"): only for reads that may be as stale as the replication lag.
 */
@Qualifier
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.FIELD, ElementType.PARAMETER})
public @interface Replica {
}
