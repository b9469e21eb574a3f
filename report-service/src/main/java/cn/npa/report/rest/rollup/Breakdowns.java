package cn.npa.report.rest.rollup;

import cn.npa.common.problem.FieldError;
import cn.npa.common.problem.ProblemException;
import cn.npa.common.problem.RuleId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The breakdowns a rollup read asks for ({@code breakdown=region,industry}; {@code all}, the default, or {@code none}). */
enum Breakdowns {
    REGION, INDUSTRY, VINTAGE, CAUSE, DISPOSAL, CATEGORY, BUSINESS_TYPE, PEER_GROUP;

    static final String NAMES = Arrays.stream(values()).map(Breakdowns::param).collect(Collectors.joining(", "));

    String param() {
        return name().toLowerCase(Locale.ROOT).replace("_", "-");
    }

    static Set<Breakdowns> parse(String text) {
        if (text == null || text.isBlank() || text.equals("all")) {
            return EnumSet.allOf(Breakdowns.class);
        }
        if (text.equals("none")) {
            return EnumSet.noneOf(Breakdowns.class);
        }
        Set<Breakdowns> out = EnumSet.noneOf(Breakdowns.class);
        for (String part : text.split(",")) {
            Breakdowns b = Arrays.stream(values()).filter(v -> v.param().equals(part.trim())).findFirst()
                    .orElseThrow(() -> ProblemException.badRequest("The breakdown cannot be read.", List.of(new FieldError(RuleId.PARAM,
                            "breakdown", "'" + part.trim() + "' is not one of all, none, " + NAMES))));
            out.add(b);
        }
        return out;
    }
}
