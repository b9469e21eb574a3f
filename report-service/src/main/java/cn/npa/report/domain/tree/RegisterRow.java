package cn.npa.report.domain.tree;

import java.time.LocalDate;
import java.util.Objects;

/** One validity interval of an institution, as the register keeps it: {@code validTo} inclusive, {@code null} open-ended. */
public record RegisterRow(InstitutionSnapshot institution, LocalDate validFrom, LocalDate validTo) {

    public RegisterRow {
        Objects.requireNonNull(institution, "institution");
        Objects.requireNonNull(validFrom, "validFrom");
    }

    public boolean validAt(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }
}
