package cn.npa.submission.service;

import cn.npa.common.problem.ProblemException;
import cn.npa.common.security.Caller;
import cn.npa.common.security.Roles;
import jakarta.enterprise.context.RequestScoped;
import java.time.LocalDate;

/**
 * What the caller may see of the register on a date: a bank its own institution and what lies below it in the bank
 * tree; a bureau itself, the regulators below it and its jurisdiction; the CBRC, admins and services everything.
 * Out of scope reads answer 404, so that the existence of another bank's units does not leak.
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
}
