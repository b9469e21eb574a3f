package cn.npa.report.domain.analysis;

/**
 * R6: one submission version a document read, under the reference its figures and rows cite ({@code period/unit}, or
 * {@code period/unit#vN} for a replaced version an amendment is compared with).
 */
public record InputVersion(String ref, String institutionCode, String reportType, String period, String submissionId,
                           int version, Role role) {

    /** Why the version was read. */
    public enum Role {
        /** The version a figure of the period uses (latest accepted, restated basis). */
        USED,
        /** An earlier version an amendment replaced, read to state the adjustment (§5, Art. 17). */
        REPLACED
    }

    public static String ref(String period, String unit) {
        return period + "/" + unit;
    }

    public static String replacedRef(String period, String unit, int version) {
        return period + "/" + unit + "#v" + version;
    }
}
