package cn.npa.report.service.rollup;

import cn.npa.report.domain.figures.Figures;
import cn.npa.report.domain.period.RollupPeriod;
import cn.npa.report.domain.rollup.BankRollup;
import cn.npa.report.domain.rollup.Basis;
import cn.npa.report.domain.rollup.Coverages;
import cn.npa.report.domain.rollup.Expectations;
import cn.npa.report.domain.rollup.ObligationStatus;
import cn.npa.report.repository.rollup.RollupInputsRepository;
import cn.npa.report.service.feed.FiguresReader;
import cn.npa.report.service.register.RegisterCopies;
import cn.npa.report.service.register.RegisterCopy;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/** Computes a period's rollup on a basis from the stored inputs and the register copy of the period end. */
@ApplicationScoped
public class RollupEngine {

    private static final Logger LOG = Logger.getLogger(RollupEngine.class);

    private final RollupInputsRepository inputs;
    private final RegisterCopies registers;
    private final ObjectMapper json;
    private final Clock clock;

    public RollupEngine(RollupInputsRepository inputs, RegisterCopies registers, ObjectMapper json, Clock clock) {
        this.inputs = inputs;
        this.registers = registers;
        this.json = json;
        this.clock = clock;
    }

    /** The stamp of a period's inputs now: its revision, the previous period's (coverage reads it) and the register's. */
    public String stamp(RollupPeriod period) {
        String previous = period.previous().toString();
        Map<String, Long> r = QuarkusTransaction.requiringNew().call(() -> inputs.revisions(List.of(period.toString(), previous, "*")));
        return r.get(period.toString()) + "/" + r.get(previous) + "/" + r.get("*");
    }

    public PeriodRollup compute(RollupPeriod period, Basis basis, String stamp) {
        long started = System.nanoTime();
        RegisterCopy register = registers.at(period.end());
        Map<String, Figures> filings = new HashMap<>();
        Map<String, PeriodRollup.FilingVersion> versions = new HashMap<>();
        Map<String, ObligationStatus> expected = new HashMap<>();
        Map<String, BigDecimal> previousLoans = new HashMap<>();
        QuarkusTransaction.requiringNew().run(() -> {
            inputs.filings(period.toString(), period.reportTypes(), basis, (code, submission, version, filing) -> {
                filings.put(code, FiguresReader.read(readTree(filing)));
                versions.put(code, new PeriodRollup.FilingVersion(submission, version));
            });
            expected.putAll(inputs.obligations(period.toString(), period.reportTypes()));
            previousLoans.putAll(inputs.totalLoans(period.previous().toString(), period.reportTypes()));
        });
        BankRollup rollup = BankRollup.of(register.hierarchy(), filings);
        Expectations expectations = new Expectations(expected, previousLoans);
        LOG.infof("rollup of %s (%s) over %d filings and %d nodes in %d ms", period, basis, filings.size(),
                register.hierarchy().size(), (System.nanoTime() - started) / 1_000_000);
        return new PeriodRollup(period, basis, register, rollup, new Coverages(rollup, expectations), expectations,
                Map.copyOf(versions), stamp, OffsetDateTime.now(clock));
    }

    private com.fasterxml.jackson.databind.JsonNode readTree(String text) {
        try {
            return json.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException("a stored filing cannot be read", e);
        }
    }
}
