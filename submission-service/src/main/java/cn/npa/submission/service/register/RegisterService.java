package cn.npa.submission.service.register;

import cn.npa.common.problem.FieldError;
import cn.npa.common.problem.ProblemException;
import cn.npa.common.problem.RuleId;
import cn.npa.common.web.Page;
import cn.npa.common.web.PageRequest;
import cn.npa.submission.domain.register.Institution;
import cn.npa.submission.domain.register.InstitutionDraft;
import cn.npa.submission.domain.register.InstitutionParser;
import cn.npa.submission.domain.register.RegisterIndex;
import cn.npa.submission.domain.register.RegisterRules;
import cn.npa.submission.repository.register.InstitutionEntity;
import cn.npa.submission.repository.register.InstitutionRepository;
import cn.npa.submission.repository.register.RegisterQueries;
import cn.npa.submission.repository.register.RegisterWriter;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Adds and reads institutions, enforcing the register rules of domain spec section 1. Callers check scope first.
 * Every method runs in a transaction, the reads too: the repositories only join one.
 */
@ApplicationScoped
@Transactional
public class RegisterService {

    private final InstitutionRepository repository;
    private final RegisterQueries queries;
    private final RegisterWriter writer;
    private final RegisterSnapshot snapshot;

    public RegisterService(InstitutionRepository repository, RegisterQueries queries, RegisterWriter writer, RegisterSnapshot snapshot) {
        this.repository = repository;
        this.queries = queries;
        this.writer = writer;
        this.snapshot = snapshot;
    }

    /** Adds one validity interval; the whole register as it would be afterwards must obey every rule. */
    @Transactional
    public Institution add(InstitutionDraft input) {
        InstitutionParser.Parsed parsed = InstitutionParser.parse(input, "$");
        if (!parsed.errors().isEmpty()) {
            throw ProblemException.invalid("The institution breaks " + parsed.errors().size() + " register rule(s).", parsed.errors());
        }
        Institution row = parsed.institution();
        writer.lockRegister();
        if (repository.version(row.code(), row.validFrom()).isPresent()) {
            throw ProblemException.conflict("Institution " + row.code() + " already has an interval starting " + row.validFrom()
                    + "; use the import to change it.");
        }
        List<FieldError> errors = RegisterRules.check(row, code -> withRow(code, row), "$");
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("The institution breaks " + errors.size() + " register rule(s).", errors);
        }
        InstitutionEntity entity = new InstitutionEntity();
        InstitutionRepository.copy(row, entity);
        repository.persist(entity);
        writer.bumpVersion();
        return row;
    }

    /** The interval of a code valid on a date. */
    public Institution get(String code, LocalDate asOf) {
        return repository.activeOn(code, asOf)
                .orElseThrow(() -> ProblemException.notFound("No institution '" + code + "' is valid on " + asOf + "."));
    }

    /** Every interval of a code, oldest first; empty for an unknown code. */
    public List<Institution> historyOrEmpty(String code) {
        return repository.versions(code);
    }

    public Page<Institution> children(String code, LocalDate asOf, PageRequest page) {
        RegisterIndex index = existing(code, asOf);
        return Page.of(index.children(code, asOf), page);
    }

    public Page<Institution> subtree(String code, LocalDate asOf, PageRequest page) {
        RegisterIndex index = existing(code, asOf);
        return Page.of(index.subtree(code, asOf), page);
    }

    public List<Institution> ancestors(String code, LocalDate asOf) {
        return existing(code, asOf).ancestors(code, asOf);
    }

    public Page<Institution> jurisdiction(String regulator, LocalDate asOf, PageRequest page) {
        RegisterIndex index = regulator(regulator, asOf);
        return Page.of(index.jurisdiction(regulator, asOf), page);
    }

    public Page<Institution> maximalNodes(String regulator, LocalDate asOf, PageRequest page) {
        RegisterIndex index = regulator(regulator, asOf);
        return Page.of(index.maximalNodes(regulator, asOf), page);
    }

    public Page<Institution> search(String name, String region, String peerGroup, String kind, LocalDate asOf, PageRequest page) {
        return queries.search(name, region, peerGroup, kind, asOf, page);
    }

    /** The register's version stamp: every change bumps it (and announces it on the feed as REGISTER_CHANGED). */
    public long version() {
        return queries.version();
    }

    /**
     * Streams every institution valid on a date, regulators first, then each bank level (the bulk export). The read
     * transaction (a cursor) lasts while the response is written, so a slow client of the national register (~235,000
     * rows) gets 30 minutes rather than the default 60 s.
     */
    @TransactionConfiguration(timeout = 1800)
    public void export(LocalDate asOf, Consumer<Institution> sink) {
        queries.export(asOf, sink);
    }

    private RegisterIndex existing(String code, LocalDate asOf) {
        RegisterIndex index = snapshot.index();
        if (index.activeOn(code, asOf).isEmpty()) {
            throw ProblemException.notFound("No institution '" + code + "' is valid on " + asOf + ".");
        }
        return index;
    }

    private RegisterIndex regulator(String code, LocalDate asOf) {
        RegisterIndex index = existing(code, asOf);
        if (!index.activeOn(code, asOf).orElseThrow().kind().isRegulator()) {
            throw ProblemException.badRequest("A jurisdiction belongs to a regulator; " + code + " is not one.",
                    List.of(new FieldError(RuleId.REG_KIND, "code", code + " is not a regulator")));
        }
        return index;
    }

    private List<Institution> withRow(String code, Institution row) {
        List<Institution> stored = new ArrayList<>(repository.versions(code));
        if (code.equals(row.code())) {
            stored.add(row);
        }
        return stored;
    }
}
