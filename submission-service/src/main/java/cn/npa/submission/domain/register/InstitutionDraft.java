package cn.npa.submission.domain.register;

/** An institution as received (JSON object or CSV row), every field still text so that all problems can be named. */
public record InstitutionDraft(String code, String name, String kind, String parentCode, String supervisorCode,
                               String regionCode, String peerGroup, String validFrom, String validTo) {
}
