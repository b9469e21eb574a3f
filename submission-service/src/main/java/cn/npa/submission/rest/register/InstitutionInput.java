package cn.npa.submission.rest.register;

import cn.npa.submission.domain.register.InstitutionDraft;

/** An institution as sent by a caller, every field still text so that all problems can be named. */
public record InstitutionInput(String code, String name, String kind, String parentCode, String supervisorCode,
                               String regionCode, String peerGroup, String validFrom, String validTo) {

    /** The same fields, for the register's parser. */
    public InstitutionDraft toDraft() {
        return new InstitutionDraft(code, name, kind, parentCode, supervisorCode, regionCode, peerGroup, validFrom, validTo);
    }
}
