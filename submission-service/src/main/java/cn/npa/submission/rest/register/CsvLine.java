package cn.npa.submission.rest.register;

import cn.npa.submission.domain.register.Institution;

/** An institution as one line of the register's CSV format, quoting only where a value needs it. */
final class CsvLine {

    static final String HEADER = "code,name,kind,parentCode,supervisorCode,regionCode,peerGroup,validFrom,validTo";

    private CsvLine() {
    }

    static String of(Institution i) {
        return String.join(",", i.code(), quote(i.name()), i.kind().name(), nz(i.parentCode()), nz(i.supervisorCode()),
                i.regionCode(), i.peerGroup() == null ? "" : i.peerGroup().name(), i.validFrom().toString(),
                i.validTo() == null ? "" : i.validTo().toString());
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
