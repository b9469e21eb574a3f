package cn.npa.submission.service;

import cn.npa.common.problem.FieldError;
import cn.npa.common.problem.ProblemException;
import cn.npa.submission.domain.register.Institution;
import cn.npa.submission.domain.register.InstitutionInput;
import cn.npa.submission.domain.register.InstitutionParser;
import cn.npa.submission.domain.register.RegisterRules;
import cn.npa.submission.repository.InstitutionEntity;
import cn.npa.submission.repository.InstitutionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Adds and reads institutions, enforcing the register rules of domain spec section 1. */
@ApplicationScoped
public class RegisterService {

    private final InstitutionRepository repository;

    public RegisterService(InstitutionRepository repository) {
        this.repository = repository;
    }

    /** Adds one validity interval; the whole register as it would be afterwards must obey every rule. */
    @Transactional
    public Institution add(InstitutionInput input) {
        InstitutionParser.Parsed parsed = InstitutionParser.parse(input, "$");
        if (!parsed.errors().isEmpty()) {
            throw ProblemException.invalid("The institution breaks " + parsed.errors().size() + " register rule(s).", parsed.errors());
        }
        Institution row = parsed.institution();
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
        return row;
    }

    /** The interval of a code valid on a date. */
    @Transactional
    public Institution get(String code, LocalDate asOf) {
        return repository.activeOn(code, asOf)
                .orElseThrow(() -> ProblemException.notFound("No institution '" + code + "' is valid on " + asOf + "."));
    }

    /** Every interval of a code, oldest first. */
    @Transactional
    public List<Institution> history(String code) {
        List<Institution> versions = repository.versions(code);
        if (versions.isEmpty()) {
            throw ProblemException.notFound("No institution '" + code + "'.");
        }
        return versions;
    }

    private List<Institution> withRow(String code, Institution row) {
        List<Institution> stored = repository.versions(code);
        if (!code.equals(row.code())) {
            return stored;
        }
        return Stream.concat(stored.stream(), Stream.of(row)).collect(ArrayList::new, ArrayList::add, ArrayList::addAll);
    }
}
