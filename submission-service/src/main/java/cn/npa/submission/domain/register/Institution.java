package cn.npa.submission.domain.register;

import java.time.LocalDate;

/** One validity interval of an institution: its place in both trees from {@code validFrom} to {@code validTo} inclusive. */
public record Institution(String code, String name, InstitutionKind kind, String parentCode, String supervisorCode,
                          String regionCode, PeerGroup peerGroup, LocalDate validFrom, LocalDate validTo) {

    /** The latest date we represent; an open-ended validity runs until then. */
    public static final LocalDate END_OF_TIME = LocalDate.of(9999, 12, 31);

    public boolean activeOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }

    public LocalDate lastDay() {
        return validTo == null ? END_OF_TIME : validTo;
    }

    public boolean overlaps(Institution other) {
        return !validFrom.isAfter(other.lastDay()) && !other.validFrom.isAfter(lastDay());
    }

    /** True when both rows say the same thing (re-importing them changes nothing). */
    public boolean sameAs(Institution other) {
        return equals(other);
    }
}
