package cn.npa.submission.rest.register;

import cn.npa.submission.domain.register.InstitutionDraft;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An institution as sent by a caller, every field still text so that all problems can be named. */
@Schema(description = "An institution's validity interval (docs/register.md); a JSON null in an optional field is read as absent")
public record InstitutionInput(String code, String name, String kind,
                               @Schema(nullable = true, description = "None for a root (the CBRC, a head office)") String parentCode,
                               @Schema(nullable = true, description = "None for the CBRC") String supervisorCode,
                               String regionCode,
                               @Schema(nullable = true, description = "Banks only") String peerGroup,
                               String validFrom,
                               @Schema(nullable = true, description = "None while the interval is open-ended") String validTo) {

    /** The same fields, for the register's parser. */
    public InstitutionDraft toDraft() {
        return new InstitutionDraft(code, name, kind, parentCode, supervisorCode, regionCode, peerGroup, validFrom, validTo);
    }
}
