package cn.npa.submission.rest.register;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import cn.npa.submission.domain.register.Institution;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/** An institution's validity interval as the API shows it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(requiredProperties = {"code", "name", "kind", "validFrom"})
public record InstitutionDto(String code, String name, String kind, String parentCode, String supervisorCode,
                             String regionCode, String peerGroup, LocalDate validFrom, LocalDate validTo) {

    public static InstitutionDto of(Institution i) {
        return new InstitutionDto(i.code(), i.name(), i.kind().name(), i.parentCode(), i.supervisorCode(), i.regionCode(),
                i.peerGroup() == null ? null : i.peerGroup().name(), i.validFrom(), i.validTo());
    }
}
