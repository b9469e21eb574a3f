package cn.npa.submission.domain.register;

/** One row of an import with its 1-based row number (CSV: the data row after the header; JSON: the array element). */
public record ImportRow(int row, InstitutionDraft input) {

    /** The path prefix of this row's problems, e.g. {@code rows[12]}. */
    public String path() {
        return "rows[" + row + "]";
    }
}
