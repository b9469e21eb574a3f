package cn.npa.report.repository;

import cn.npa.common.db.Jdbc;
import cn.npa.common.db.Replica;
import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Plain JDBC on the read-only replica datasource (a CloudNativePG {@code -ro} service in production, the primary's URL
 * by default), for the stale-tolerant reads. Its connections are not in the JTA transaction (each statement commits on
 * its own) and are read-only, so a write through them fails.
 */
@ApplicationScoped
public class ReplicaReads {

    @Produces
    @Replica
    @Singleton
    Jdbc jdbc(@DataSource("replica") AgroalDataSource replica) {
        return new Jdbc(replica);
    }
}
