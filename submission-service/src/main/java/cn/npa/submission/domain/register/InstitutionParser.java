package cn.npa.submission.domain.register;

import cn.npa.common.problem.FieldError;
import cn.npa.common.problem.RuleId;
import cn.npa.common.region.Provinces;
import cn.npa.common.text.UsableText;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** Checks the fields of one institution on their own (format, required, known values) and builds the record. */
public final class InstitutionParser {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9-]{2,40}");

    private InstitutionParser() {
    }

    /** The parsed institution, or the problems that stop it; {@code path} prefixes each problem's path. */
    public static Parsed parse(InstitutionDraft in, String path) {
        List<FieldError> errors = new ArrayList<>();
        String code = blankToNull(in.code());
        if (code == null) {
            errors.add(new FieldError(RuleId.REG_REQUIRED, path + ".code", "code is required"));
        } else if (!CODE.matcher(code).matches()) {
            errors.add(new FieldError(RuleId.REG_CODE, path + ".code", "code '" + code + "' must match [A-Z0-9-]{2,40}" + padding(code)));
        }
        String name = blankToNull(in.name());
        int unusable = UsableText.firstUnusableInValue(name);
        if (name == null) {
            errors.add(new FieldError(RuleId.REG_REQUIRED, path + ".name", "name is required"));
        } else if (unusable >= 0) {
            errors.add(new FieldError(RuleId.REG_NAME, path + ".name", "name contains " + UsableText.describe(name, unusable)));
        } else if (name.strip().length() > 200) {
            errors.add(new FieldError(RuleId.REG_NAME, path + ".name", "name is longer than 200 characters"));
        }
        InstitutionKind kind = enumOf(InstitutionKind.class, in.kind(), path + ".kind", errors, true);
        PeerGroup peer = enumOf(PeerGroup.class, in.peerGroup(), path + ".peerGroup", errors, false);
        if (kind == InstitutionKind.BANK_HEAD_OFFICE && peer == null && blankToNull(in.peerGroup()) == null) {
            errors.add(new FieldError(RuleId.REG_PEER, path + ".peerGroup", "a bank head office needs a peer group"));
        } else if (kind != null && kind != InstitutionKind.BANK_HEAD_OFFICE && blankToNull(in.peerGroup()) != null) {
            errors.add(new FieldError(RuleId.REG_PEER, path + ".peerGroup", "only bank head offices have a peer group"));
        }
        String region = blankToNull(in.regionCode());
        if (region == null) {
            errors.add(new FieldError(RuleId.REG_REQUIRED, path + ".regionCode", "regionCode is required"));
        } else if (!Provinces.isValidRegion(region)) {
            errors.add(new FieldError(RuleId.REG_REGION, path + ".regionCode",
                    "regionCode '" + region + "' is not a GB/T 2260 code of a real province" + padding(region)));
        }
        LocalDate from = date(in.validFrom(), path + ".validFrom", errors, true);
        LocalDate to = date(in.validTo(), path + ".validTo", errors, false);
        if (from != null && to != null && to.isBefore(from)) {
            errors.add(new FieldError(RuleId.REG_DATES, path + ".validTo", "validTo " + to + " is before validFrom " + from));
        }
        String parent = code(in.parentCode(), path + ".parentCode", errors);
        String supervisor = code(in.supervisorCode(), path + ".supervisorCode", errors);
        if (kind != null) {
            if (kind.hasParent() && parent == null) {
                errors.add(new FieldError(RuleId.REG_PARENT, path + ".parentCode", kind + " needs a parent (" + String.join(" or ", kind.parentKinds()) + ")"));
            } else if (!kind.hasParent() && parent != null) {
                errors.add(new FieldError(RuleId.REG_PARENT, path + ".parentCode", kind + " has no parent"));
            }
            if (kind.hasSupervisor() && supervisor == null) {
                errors.add(new FieldError(RuleId.REG_SUPERVISOR, path + ".supervisorCode", kind + " needs a supervisor (" + String.join(" or ", kind.supervisorKinds()) + ")"));
            } else if (!kind.hasSupervisor() && supervisor != null) {
                errors.add(new FieldError(RuleId.REG_SUPERVISOR, path + ".supervisorCode", kind + " has no supervisor"));
            }
        }
        if (code != null && code.equals(parent)) {
            errors.add(new FieldError(RuleId.REG_CYCLE, path + ".parentCode", "an institution cannot be its own parent"));
        }
        if (code != null && code.equals(supervisor)) {
            errors.add(new FieldError(RuleId.REG_CYCLE, path + ".supervisorCode", "an institution cannot supervise itself"));
        }
        if (!errors.isEmpty()) {
            return new Parsed(null, errors);
        }
        return new Parsed(new Institution(code, name.strip(), kind, parent, supervisor, region, peer, from, to), List.of());
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String value, String path, List<FieldError> errors, boolean required) {
        String v = blankToNull(value);
        if (v == null) {
            if (required) {
                errors.add(new FieldError(RuleId.REG_REQUIRED, path, path.substring(path.lastIndexOf('.') + 1) + " is required"));
            }
            return null;
        }
        try {
            return Enum.valueOf(type, v);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(RuleId.REG_VALUE, path, "'" + v + "' is not one of " + Arrays.toString(type.getEnumConstants()) + padding(v)));
            return null;
        }
    }

    private static LocalDate date(String value, String path, List<FieldError> errors, boolean required) {
        String v = blankToNull(value);
        if (v == null) {
            if (required) {
                errors.add(new FieldError(RuleId.REG_REQUIRED, path, path.substring(path.lastIndexOf('.') + 1) + " is required"));
            }
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(RuleId.REG_DATES, path, "'" + v + "' is not a date (YYYY-MM-DD)" + padding(v)));
            return null;
        }
    }

    /** A parent or supervisor code as sent (null when absent); one of the wrong form is named, and parsing fails. */
    private static String code(String value, String path, List<FieldError> errors) {
        String v = blankToNull(value);
        if (v != null && !CODE.matcher(v).matches()) {
            errors.add(new FieldError(RuleId.REG_CODE, path, "'" + v + "' must match [A-Z0-9-]{2,40}" + padding(v)));
        }
        return v;
    }

    /**
     * Null for an absent or blank field; otherwise the value exactly as sent. Codes, kinds, regions and dates are not
     * trimmed: " LC0001" is refused by the form rule of its field instead of being stored in a form other than the one
     * the index uses (issue 16); only the name, a free text, is stored without surrounding blanks.
     */
    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** The hint a padded value needs, since the quotes alone hardly show a trailing space or line break. */
    private static String padding(String v) {
        return v.equals(v.strip()) ? "" : " (no blank space or line break before or after)";
    }

    /** The outcome of parsing: an institution when {@code errors} is empty. */
    public record Parsed(Institution institution, List<FieldError> errors) {
    }
}
