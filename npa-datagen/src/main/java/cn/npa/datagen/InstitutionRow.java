package cn.npa.datagen;

import java.time.LocalDate;

/** One institution of a generated register, in the register's import format (parents always come before children). */
public record InstitutionRow(String code, String name, String kind, String parentCode, String supervisorCode,
                             String regionCode, String peerGroup, LocalDate validFrom, LocalDate validTo) {

    public static final String CSV_HEADER = "code,name,kind,parentCode,supervisorCode,regionCode,peerGroup,validFrom,validTo";

    /** The row as one CSV line (no field here needs quoting: names are generated without commas or quotes). */
    public String toCsv() {
        return String.join(",", code, name, kind, nz(parentCode), nz(supervisorCode), regionCode, nz(peerGroup),
                validFrom.toString(), validTo == null ? "" : validTo.toString());
    }

    /** The row as one JSON object. */
    public String toJson() {
        return "{\"code\":\"" + code + "\",\"name\":\"" + name + "\",\"kind\":\"" + kind + "\",\"parentCode\":" + q(parentCode)
                + ",\"supervisorCode\":" + q(supervisorCode) + ",\"regionCode\":\"" + regionCode + "\",\"peerGroup\":" + q(peerGroup)
                + ",\"validFrom\":\"" + validFrom + "\",\"validTo\":" + q(validTo == null ? null : validTo.toString()) + "}";
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String q(String s) {
        return s == null ? "null" : "\"" + s + "\"";
    }
}
