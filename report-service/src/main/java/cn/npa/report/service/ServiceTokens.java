package cn.npa.report.service;

import cn.npa.common.security.ServiceTokenSigner;
import cn.npa.report.config.ServiceCallsConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** The report service's own short-lived {@code service} tokens for calls to the other services. */
@ApplicationScoped
public class ServiceTokens {

    private final ServiceTokenSigner signer;

    public ServiceTokens(ServiceCallsConfig config) {
        this.signer = new ServiceTokenSigner(config.tokenKey(), config.issuer(), "report-service");
    }

    public Optional<String> token() {
        return signer.token();
    }
}
