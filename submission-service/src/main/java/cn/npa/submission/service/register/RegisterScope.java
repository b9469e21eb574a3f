package cn.npa.submission.service.register;

import cn.npa.common.problem.ProblemException;
import cn.npa.common.security.Caller;
import cn.npa.common.security.Roles;
import cn.npa.submission.domain.register.Institution;
import cn.npa.submission.domain.register.InstitutionKind;
import cn.npa.submission.domain.register.RegisterIndex;
import cn.npa.submission.repository.ObligationScope;
import cn.npa.submission.repository.SubmissionRepository;
import jakarta.enterprise.context.RequestScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the caller may see, decided in one place for the register and for what hangs off it (obligations, submissions): a bank its
 * own institution and what lies below it in the bank tree; a bureau itself, the regulators below it and its
 * jurisdiction; the CBRC, admins and services everything. Out of scope reads answer 404, so that the existence of
 * another bank's units does not leak.
 */
@RequestScoped
public class RegisterScope {

    private final Caller caller;
    private final RegisterSnapshot snapshot;

    public RegisterScope(Caller caller, RegisterSnapshot snapshot) {
        this.caller = caller;
        this.snapshot = snapshot;
    }

    public boolean canRead(String code, LocalDate date) {
        if (caller.readsAll()) {
            return true;
        }
        String own = caller.institution();
        if (own == null) {
            return false;
        }
        var index = snapshot.index();
        if (caller.is(Roles.BANK) && index.isWithin(code, own, date)) {
            return true;
        }
        return caller.is(Roles.BUREAU) && (index.isWithin(code, own, date) || index.inJurisdiction(code, own, date));
    }

    /** Throws 404 unless the caller may read the institution on the date. */
    public void requireRead(String code, LocalDate date) {
        if (!canRead(code, date)) {
            throw ProblemException.notFound("No institution '" + code + "' is valid on " + date + ".");
        }
    }

    /** A jurisdiction may be read by the CBRC, admins and services, and by a bureau for itself or a regulator below it. */
    public void requireJurisdiction(String regulator, LocalDate date) {
        if (caller.readsAll()) {
            return;
        }
        String own = caller.institution();
        if (!caller.is(Roles.BUREAU) || own == null || !snapshot.index().isWithin(regulator, own, date)) {
            throw ProblemException.notFound("No regulator '" + regulator + "' is valid on " + date + ".");
        }
    }

    /** The caller's scope in the terms a submission stores: the bank and regulator paths frozen at its period end. */
    public SubmissionRepository.Scope submissions() {
        if (caller.readsAll()) {
            return new SubmissionRepository.Scope(true, null, null);
        }
        String own = caller.institution() == null ? "-" : caller.institution();
        return caller.is(Roles.BANK) ? new SubmissionRepository.Scope(false, own, null) : new SubmissionRepository.Scope(false, null, own);
    }

    /** The caller's scope in the terms the obligation table stores, with the trees as they stand on {@code today}. */
    public ObligationScope obligations(LocalDate today) {
        if (caller.readsAll()) {
            return ObligationScope.everything();
        }
        String own = caller.institution();
        RegisterIndex index = snapshot.index();
        if (own != null && caller.is(Roles.BANK)) {
            Optional<Institution> node = index.activeOn(own, today);
            if (node.isPresent() && node.get().kind() == InstitutionKind.BANK_HEAD_OFFICE) {
                return new ObligationScope(false, own, List.of(own), List.of());
            }
            return new ObligationScope(false, null, index.subtree(own, today).stream().map(Institution::code).toList(), List.of());
        }
        if (own != null && caller.is(Roles.BUREAU)) {
            List<String> regulators = List.copyOf(index.regulatorsUnder(own, today));
            return new ObligationScope(false, null, regulators, regulators);
        }
        return new ObligationScope(false, null, List.of(), List.of());
    }

    /**
     * The filers of a regulator's jurisdiction on a date, as an obligation filter; no regulator means everything for a
     * caller who reads all, else the caller's own jurisdiction. 404 when the caller may not read that jurisdiction.
     */
    public ObligationScope jurisdictionFilers(String regulator, LocalDate date) {
        if (regulator == null && caller.readsAll()) {
            return ObligationScope.everything();
        }
        // A bureau without a regulator parameter means its own jurisdiction; a token without an institution sees nothing.
        String reg = regulator != null ? regulator : Objects.requireNonNullElse(caller.institution(), "-");
        requireJurisdiction(reg, date);
        List<String> regulators = List.copyOf(snapshot.index().regulatorsUnder(reg, date));
        return new ObligationScope(false, null, List.of(), regulators);
    }
}
