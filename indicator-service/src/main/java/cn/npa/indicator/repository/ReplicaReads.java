package cn.npa.indicator.repository;

import cn.npa.common.db.Jdbc;
import cn.npa.common.db.Replica;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The repositories the stale-tolerant assessment reads use, on the read-only replica datasource (a CloudNativePG
 * {@code -ro} service in production, the primary's URL by default). Its connections are not in the JTA transaction
 * (each statement commits on its own) and are read-only, so a write through them fails.
 */
@ApplicationScoped
public class ReplicaReads {

    @Produces
    @Replica
    @Singleton
    Jdbc jdbc(@DataSource("replica") AgroalDataSource replica) {
        return new Jdbc(replica);
    }

    @Produces
    @Replica
    @Singleton
    RunRepository runs(@Replica Jdbc jdbc, ObjectMapper json) {
        return new RunRepository(jdbc, json);
    }

    @Produces
    @Replica
    @Singleton
    NodeQueries nodes(@Replica Jdbc jdbc) {
        return new NodeQueries(jdbc);
    }
}
