package cn.npa.report.service.feed;

import cn.npa.report.domain.figures.ClientExposure;
import cn.npa.report.domain.figures.DisposalMethod;
import cn.npa.report.domain.figures.Figures;
import cn.npa.report.domain.figures.Grades;
import cn.npa.report.domain.figures.LoanFigures;
import cn.npa.report.domain.figures.Money;
import cn.npa.report.domain.figures.NonCreditAmounts;
import cn.npa.report.domain.figures.NonCreditCategory;
import cn.npa.report.domain.figures.NonCreditFigures;
import cn.npa.report.domain.figures.NplCause;
import cn.npa.report.domain.figures.NplMovements;
import cn.npa.report.domain.figures.ObsAmounts;
import cn.npa.report.domain.figures.ObsBusinessType;
import cn.npa.report.domain.figures.ObsFigures;
import cn.npa.report.domain.figures.TotalAndNpl;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads the summable amounts of an accepted filing (docs/filing-format.md) into {@link Figures}. The filing was
 * validated by the submission service, so an amount it leaves out (an optional breakdown) is simply absent; a value
 * that cannot be read at all (a text where an amount belongs, an unknown category) is an {@link UnreadableFiling}.
 */
public final class FiguresReader {

    private FiguresReader() {
    }

    /** The figures of a filing (its {@code loans}, {@code nonCredit} and {@code offBalanceSheet} sections). */
    public static Figures read(JsonNode filing) {
        return Figures.of(loans(filing.path("loans")), nonCredit(filing.path("nonCredit")), obs(filing.path("offBalanceSheet")));
    }

    private static LoanFigures loans(JsonNode l) {
        if (!l.isObject()) {
            return null;
        }
        JsonNode g = l.path("grades");
        Grades grades = new Grades(amount(g, "pass"), amount(g, "specialMention"), amount(g, "substandard"),
                amount(g, "doubtful"), amount(g, "loss"));
        JsonNode m = l.path("movements");
        Map<DisposalMethod, BigDecimal> methods = new EnumMap<>(DisposalMethod.class);
        for (JsonNode line : m.path("byDisposalMethod")) {
            methods.merge(constant(DisposalMethod.class, line, "method"), amount(line, "amount"), BigDecimal::add);
        }
        NplMovements movements = new NplMovements(amount(m, "newNpl"), amount(m, "cashCollected"), amount(m, "writtenOff"),
                amount(m, "debtAssetSwap"), amount(m, "upgraded"), amount(m, "otherReduction"), methods);
        Map<String, TotalAndNpl> industries = lines(l.path("byIndustry"), line -> text(line, "industry"), "total");
        Map<String, TotalAndNpl> regions = lines(l.path("byRegion"), line -> text(line, "regionCode"), "total");
        Map<Integer, TotalAndNpl> vintages = lines(l.path("vintages"), line -> year(line), "balance");
        Map<NplCause, BigDecimal> causes = new EnumMap<>(NplCause.class);
        for (JsonNode line : l.path("newNplCauses")) {
            causes.merge(constant(NplCause.class, line, "cause"), amount(line, "amount"), BigDecimal::add);
        }
        Map<String, ClientExposure> clients = new HashMap<>();
        for (JsonNode c : l.path("clients")) {
            ClientExposure e = new ClientExposure(text(c, "clientId"), optionalText(c, "name"), optionalText(c, "groupId"),
                    amount(c, "loanBalance"), amount(c, "nplBalance"));
            clients.merge(e.creditCode(), e, ClientExposure::plus);
        }
        return new LoanFigures(grades, movements, industries, regions, vintages, causes, clients);
    }

    private static NonCreditFigures nonCredit(JsonNode n) {
        if (!n.isObject()) {
            return null;
        }
        Map<NonCreditCategory, NonCreditAmounts> categories = new EnumMap<>(NonCreditCategory.class);
        for (JsonNode line : n.path("byCategory")) {
            categories.merge(constant(NonCreditCategory.class, line, "category"), nonCreditAmounts(line), NonCreditAmounts::plus);
        }
        return new NonCreditFigures(nonCreditAmounts(n.path("total")), categories, amount(n, "disposedInPeriod"),
                amount(n, "newInPeriod"));
    }

    private static NonCreditAmounts nonCreditAmounts(JsonNode a) {
        return new NonCreditAmounts(amount(a, "assets"), amount(a, "npa"), amount(a, "estimatedLoss"));
    }

    private static ObsFigures obs(JsonNode o) {
        if (!o.isObject()) {
            return null;
        }
        Map<ObsBusinessType, ObsAmounts> types = new EnumMap<>(ObsBusinessType.class);
        for (JsonNode line : o.path("byBusinessType")) {
            types.merge(constant(ObsBusinessType.class, line, "businessType"),
                    new ObsAmounts(amount(line, "outstanding"), amount(line, "advances"), amount(line, "newAdvances")), ObsAmounts::plus);
        }
        return new ObsFigures(types);
    }

    private static <K> Map<K, TotalAndNpl> lines(JsonNode array, Function<JsonNode, K> key, String totalField) {
        Map<K, TotalAndNpl> out = new HashMap<>();
        for (JsonNode line : array) {
            out.merge(key.apply(line), new TotalAndNpl(amount(line, totalField), amount(line, "npl")), TotalAndNpl::plus);
        }
        return out;
    }

    /** An amount, exactly as filed; absent or null is zero (the filing was validated: only optional amounts are absent). */
    static BigDecimal amount(JsonNode parent, String field) {
        JsonNode v = parent.path(field);
        if (v.isMissingNode() || v.isNull()) {
            return Money.ZERO;
        }
        if (!v.isNumber()) {
            throw new UnreadableFiling(field + " is not an amount");
        }
        return v.decimalValue();
    }

    private static String text(JsonNode parent, String field) {
        JsonNode v = parent.path(field);
        if (!v.isTextual() || v.asText().isBlank()) {
            throw new UnreadableFiling(field + " is missing");
        }
        return v.asText();
    }

    private static String optionalText(JsonNode parent, String field) {
        JsonNode v = parent.path(field);
        return v.isTextual() ? v.asText() : null;
    }

    private static Integer year(JsonNode line) {
        JsonNode v = line.path("year");
        if (!v.canConvertToInt()) {
            throw new UnreadableFiling("year is not a year");
        }
        return v.asInt();
    }

    private static <E extends Enum<E>> E constant(Class<E> type, JsonNode line, String field) {
        String v = text(line, field);
        try {
            return Enum.valueOf(type, v);
        } catch (IllegalArgumentException e) {
            throw new UnreadableFiling(field + " '" + v + "' is not one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    /** A filing whose amounts cannot be read; the event carrying it is refused (and sent again, see docs/feed.md). */
    public static final class UnreadableFiling extends RuntimeException {
        public UnreadableFiling(String message) {
            super(message);
        }
    }
}
