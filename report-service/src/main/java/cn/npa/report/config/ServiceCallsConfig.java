package cn.npa.report.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** How the report service calls the other services (the register export now, the assessment engine later). */
@ConfigMapping(prefix = "npa.service-calls")
public interface ServiceCallsConfig {

    /** Private key (PEM path, file: or classpath: URI) that signs this service's {@code service} tokens; unset: no calls. */
    Optional<String> tokenKey();

    /** The issuer written into those tokens; the receivers verify it. */
    @WithDefault("npa")
    String issuer();
}
