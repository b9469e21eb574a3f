package cn.npa.indicator.domain.intake;

import cn.npa.common.credit.CreditCodes;
import cn.npa.common.problem.FieldError;
import cn.npa.common.problem.RuleId;
import cn.npa.indicator.domain.figures.InstitutionKind;
import cn.npa.indicator.domain.figures.LoanFigures;
import cn.npa.indicator.domain.figures.NonCreditFigures;
import cn.npa.indicator.domain.figures.ObsFigures;
import cn.npa.indicator.domain.figures.PeerGroup;
import cn.npa.indicator.domain.figures.Period;
import cn.npa.indicator.domain.keylist.ClientExposure;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * Reads a figures intake (docs/indicators.md, "Intake") as a stream of JSON tokens, never as one tree: the header
 * ({@code period}, {@code figureVersion}) must come first, then {@code nodes} and {@code clientExposures} in either
 * order. Each node or exposure is checked on its own as it passes (types, codes, V1 amounts, V4 parts within wholes,
 * V6 credit codes) and handed to the sink when clean; the references between nodes are checked at the end. Every
 * finding is kept (up to a cap), each with its rule and JSON path. The SHA-256 of the bytes read is the content's
 * identity: the same (period, figure version) may be sent again only byte for byte.
 */
public final class FigureIntakeReader {

    private static final Set<String> TOP = Set.of("period", "figureVersion", "nodes", "clientExposures");
    private static final Set<String> NODE = Set.of("code", "kind", "parentCode", "supervisorCode", "headOfficeCode",
            "peerGroup", "regionCode", "figures");
    private static final Set<String> LOAN = Set.of("totalLoans", "npl", "cashCollected", "cashCollectedYtd");
    private static final Set<String> NON_CREDIT = Set.of("totalAssets", "npa", "estimatedLosses");
    private static final Set<String> OBS = Set.of("balance", "advances");
    private static final Set<String> EXPOSURE = Set.of("filerCode", "clientCode", "name", "groupId", "loanBalance", "nplBalance");

    /**
     * What was read.
     *
     * @param header   null when the header is missing or unusable
     * @param digest   SHA-256 (hex) of the body's bytes
     * @param findings every problem found (capped), empty when the intake is valid
     */
    public record Result(IntakeHeader header, int nodes, int restated, int exposures, String digest, List<FieldError> findings) {

        public boolean isValid() {
            return findings.isEmpty();
        }

        /** True when a finding means the body could not be read as the format at all (JSON syntax, types, structure). */
        public boolean isUnreadable() {
            return findings.stream().anyMatch(f -> RuleId.JSON.is(f.rule()) || RuleId.TYPE.is(f.rule()) || RuleId.V7.is(f.rule()));
        }
    }

    private final JsonParser p;
    private final IntakeSink sink;
    private final Findings findings = new Findings();
    private final LinkCheck links = new LinkCheck();
    private final Set<String> exposureKeys = new HashSet<>();
    private String periodText;
    private Integer figureVersion;
    private IntakeHeader header;
    private boolean headerChecked;
    private boolean syntaxError;
    private int nodeCount;
    private int restatedCount;
    private int exposureCount;

    private FigureIntakeReader(JsonParser p, IntakeSink sink) {
        this.p = p;
        this.sink = sink;
    }

    /** Reads the whole body, feeding the sink, and says what was found. */
    public static Result read(JsonFactory factory, InputStream body, IntakeSink sink) throws IOException {
        MessageDigest sha = sha256();
        DigestInputStream in = new DigestInputStream(body, sha);
        FigureIntakeReader r;
        try (JsonParser parser = factory.createParser(in)) {
            r = new FigureIntakeReader(parser, sink);
            try {
                r.document();
            } catch (JsonProcessingException e) {
                String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
                r.syntaxError = true;
                r.findings.add(RuleId.JSON, "$", "the body is not well-formed JSON" + where + ": " + cn.npa.common.problem.JsonProblems.reason(e));
            }
        }
        if (!r.syntaxError) {
            r.links.finish(r.findings);
        }
        return new Result(r.header, r.nodeCount, r.restatedCount, r.exposureCount, HexFormat.of().formatHex(sha.digest()),
                r.findings.toList());
    }

    /** Whether anything was found so far: a sink stops writing at the first finding, since nothing will be stored. */
    public boolean hasFindings() {
        return !findings.isEmpty();
    }

    private void document() throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            findings.add(RuleId.JSON, "$", "the body must be one JSON object with period, figureVersion, nodes and clientExposures");
            return;
        }
        Set<String> seen = new HashSet<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            if (!seen.add(name)) {
                findings.add(RuleId.V7, "$." + name, "'" + name + "' is given twice");
                p.skipChildren();
                continue;
            }
            switch (name) {
                case "period" -> periodText = string("$.period");
                case "figureVersion" -> figureVersion = version();
                case "nodes" -> array("$.nodes", true);
                case "clientExposures" -> array("$.clientExposures", false);
                default -> unknown("$", name, TOP);
            }
        }
        checkHeader();
        if (p.nextToken() != null) {
            findings.add(RuleId.JSON, "$", "nothing may follow the JSON object");
        }
    }

    /** The header is checked once, when the first list starts (or at the end): the sink needs it before any node. */
    private void checkHeader() {
        if (headerChecked) {
            return;
        }
        headerChecked = true;
        Period period = null;
        if (periodText == null) {
            findings.add(RuleId.PERIOD, "$.period", "period is required and must come before nodes and clientExposures");
        } else {
            try {
                period = Period.parse(periodText);
                if (!period.toString().equals(periodText) || period.year() < 1990) {
                    throw new IllegalArgumentException(periodText);
                }
            } catch (IllegalArgumentException e) {
                period = null;
                findings.add(RuleId.PERIOD, "$.period", "not a period: write 2026-10 (month), 2026-Q3 (quarter) or 2026 (year)");
            }
        }
        if (figureVersion == null) {
            findings.add(RuleId.FIG_VERSION, "$.figureVersion", "figureVersion is required and must come before nodes and clientExposures");
        }
        if (period != null && figureVersion != null) {
            header = new IntakeHeader(period, figureVersion);
            sink.header(header);
        }
    }

    private Integer version() throws IOException {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            if (p.currentToken() == JsonToken.VALUE_NUMBER_FLOAT || p.currentToken() == JsonToken.VALUE_STRING
                    || p.currentToken() == JsonToken.VALUE_TRUE || p.currentToken() == JsonToken.VALUE_FALSE
                    || p.currentToken() == JsonToken.START_OBJECT || p.currentToken() == JsonToken.START_ARRAY) {
                findings.add(RuleId.TYPE, "$.figureVersion", "Expected a whole number");
                p.skipChildren();
            } else {
                findings.add(RuleId.FIG_VERSION, "$.figureVersion", "figureVersion is required");
            }
            return null;
        }
        BigDecimal v = p.getDecimalValue();
        if (v.signum() <= 0 || v.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            findings.add(RuleId.FIG_VERSION, "$.figureVersion", "figureVersion must be a whole number from 1 to " + Integer.MAX_VALUE);
            return null;
        }
        return v.intValueExact();
    }

    private void array(String path, boolean nodes) throws IOException {
        checkHeader();
        if (p.currentToken() != JsonToken.START_ARRAY) {
            findings.add(RuleId.TYPE, path, "Expected an array");
            p.skipChildren();
            return;
        }
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            String at = path + "[" + i++ + "]";
            if (p.currentToken() != JsonToken.START_OBJECT) {
                findings.add(RuleId.TYPE, at, "Expected an object");
                p.skipChildren();
                continue;
            }
            if (nodes) {
                node(at);
            } else {
                exposure(at);
            }
        }
    }

    private void node(String path) throws IOException {
        int before = findings.total();
        String code = null, kind = null, parent = null, supervisor = null, headOffice = null, peer = null, region = null;
        FigureSections first = null, restated = null;
        boolean figuresSeen = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            p.nextToken();
            switch (f) {
                case "code" -> code = string(path + ".code");
                case "kind" -> kind = string(path + ".kind");
                case "parentCode" -> parent = string(path + ".parentCode");
                case "supervisorCode" -> supervisor = string(path + ".supervisorCode");
                case "headOfficeCode" -> headOffice = string(path + ".headOfficeCode");
                case "peerGroup" -> peer = string(path + ".peerGroup");
                case "regionCode" -> region = string(path + ".regionCode");
                case "figures" -> {
                    figuresSeen = true;
                    FigureSections[] both = figures(path + ".figures");
                    first = both[0];
                    restated = both[1];
                }
                default -> unknown(path, f, NODE);
            }
        }
        NodeLinks links = links(path, code, kind, parent, supervisor, headOffice, peer, region);
        if (figuresSeen && first == null && findings.total() == before) {
            findings.add(RuleId.V7, path + ".figures.AS_FIRST_REPORTED", "the figures as first reported are required when figures are given");
        }
        // A node whose links read well is known to the reference check even when its figures are bad, so that the
        // answer does not add "no such node" findings for every node that points at it.
        if (links == null) {
            return;
        }
        if (!this.links.node(links, path, findings) || findings.total() > before) {
            return;
        }
        nodeCount++;
        if (restated != null) {
            restatedCount++;
        }
        if (header != null && findings.isEmpty()) {
            sink.node(new IntakeNode(links, first == null ? FigureSections.NONE : first, restated));
        }
    }

    /** A node's links checked on their own; null when one cannot be read (findings say why). */
    private NodeLinks links(String path, String code, String kindText, String parent, String supervisor, String headOffice,
                          String peerText, String region) {
        int before = findings.total();
        code(path + ".code", code, true);
        code(path + ".parentCode", parent, false);
        code(path + ".supervisorCode", supervisor, false);
        code(path + ".headOfficeCode", headOffice, false);
        InstitutionKind kind = null;
        if (kindText == null) {
            findings.add(RuleId.REG_VALUE, path + ".kind", "kind is required");
        } else {
            try {
                kind = InstitutionKind.valueOf(kindText);
                if (kind == InstitutionKind.AGGREGATE) {
                    throw new IllegalArgumentException(kindText);
                }
            } catch (IllegalArgumentException e) {
                kind = null;
                findings.add(RuleId.REG_VALUE, path + ".kind", "kind must be one of REGULATOR_NATIONAL, REGULATOR_BUREAU, "
                        + "REGULATOR_SUB_BUREAU, BANK_HEAD_OFFICE, BRANCH_GRADE_ONE, BRANCH, SUB_BRANCH, PEER_GROUP");
            }
        }
        PeerGroup peer = null;
        if (peerText != null) {
            try {
                peer = PeerGroup.valueOf(peerText);
            } catch (IllegalArgumentException e) {
                findings.add(RuleId.REG_VALUE, path + ".peerGroup", "peerGroup must be one of LARGE_COMMERCIAL, JOINT_STOCK, "
                        + "CITY_COMMERCIAL, RURAL_COMMERCIAL, PRIVATE, FOREIGN");
            }
        }
        if (region != null && !Texts.REGION.matcher(region).matches()) {
            findings.add(RuleId.REG_REGION, path + ".regionCode", "regionCode is a six-digit GB/T 2260 code such as 440000");
        }
        if (kind != null) {
            kindRules(path, kind, code, parent, supervisor, headOffice, peerText);
        }
        if (findings.total() > before) {
            return null;
        }
        String ho = kind == InstitutionKind.BANK_HEAD_OFFICE ? code : headOffice;
        return new NodeLinks(code, kind, parent, supervisor, ho, peer, region);
    }

    /** Which links each kind must and must not have (domain §1). */
    private void kindRules(String path, InstitutionKind kind, String code, String parent, String supervisor, String headOffice,
                           String peer) {
        switch (kind) {
            case REGULATOR_NATIONAL -> {
                absent(path, "parentCode", parent, kind);
                absent(path, "supervisorCode", supervisor, kind);
            }
            case REGULATOR_BUREAU, REGULATOR_SUB_BUREAU -> required(path, "supervisorCode", supervisor, kind);
            case BANK_HEAD_OFFICE -> {
                absent(path, "parentCode", parent, kind);
                required(path, "supervisorCode", supervisor, kind);
                required(path, "peerGroup", peer, kind);
                if (headOffice != null && !headOffice.equals(code)) {
                    findings.add(RuleId.FIG_NODE, path + ".headOfficeCode", "a head office is its own head office");
                }
            }
            case BRANCH_GRADE_ONE, BRANCH, SUB_BRANCH -> {
                required(path, "parentCode", parent, kind);
                required(path, "supervisorCode", supervisor, kind);
                required(path, "headOfficeCode", headOffice, kind);
                required(path, "peerGroup", peer, kind);
            }
            case PEER_GROUP -> {
                required(path, "peerGroup", peer, kind);
                absent(path, "parentCode", parent, kind);
                absent(path, "supervisorCode", supervisor, kind);
            }
            default -> {
            }
        }
        if (kind.isRegulator() || kind == InstitutionKind.PEER_GROUP) {
            absent(path, "headOfficeCode", headOffice, kind);
            if (kind.isRegulator()) {
                absent(path, "peerGroup", peer, kind);
            }
        }
    }

    private void required(String path, String field, String value, InstitutionKind kind) {
        if (value == null) {
            findings.add(RuleId.FIG_NODE, path + "." + field, field + " is required for a " + kind);
        }
    }

    private void absent(String path, String field, String value, InstitutionKind kind) {
        if (value != null) {
            findings.add(RuleId.FIG_NODE, path + "." + field, "a " + kind + " has no " + field);
        }
    }

    private void code(String path, String value, boolean required) {
        if (value == null) {
            if (required) {
                findings.add(RuleId.REG_CODE, path, "code is required");
            }
        } else if (!Texts.CODE.matcher(value).matches()) {
            findings.add(RuleId.REG_CODE, path, "a code is 2 to 40 characters from A-Z, 0-9 and -");
        }
    }

    /** {@code figures}: the sections as first reported (required) and as restated (absent when nothing was amended). */
    private FigureSections[] figures(String path) throws IOException {
        FigureSections[] both = new FigureSections[2];
        if (!object(path)) {
            return both;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            p.nextToken();
            switch (f) {
                case "AS_FIRST_REPORTED" -> both[0] = sections(path + ".AS_FIRST_REPORTED");
                case "RESTATED" -> both[1] = sections(path + ".RESTATED");
                default -> unknown(path, f, Set.of("AS_FIRST_REPORTED", "RESTATED"));
            }
        }
        return both;
    }

    private FigureSections sections(String path) throws IOException {
        if (!object(path)) {
            return null;
        }
        LoanFigures loan = null;
        NonCreditFigures nonCredit = null;
        ObsFigures obs = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            p.nextToken();
            switch (f) {
                case "loan" -> loan = loan(path + ".loan");
                case "nonCredit" -> nonCredit = nonCredit(path + ".nonCredit");
                case "obs" -> obs = obs(path + ".obs");
                default -> unknown(path, f, Set.of("loan", "nonCredit", "obs"));
            }
        }
        return new FigureSections(loan, nonCredit, obs);
    }

    private LoanFigures loan(String path) throws IOException {
        BigDecimal[] v = amounts(path, LOAN, "totalLoans", "npl", "cashCollected", "cashCollectedYtd");
        if (v == null) {
            return null;
        }
        partOf(path + ".npl", v[1], "NPL", v[0], "total loans");
        return new LoanFigures(v[0], v[1], v[2], v[3]);
    }

    private NonCreditFigures nonCredit(String path) throws IOException {
        BigDecimal[] v = amounts(path, NON_CREDIT, "totalAssets", "npa", "estimatedLosses");
        if (v == null) {
            return null;
        }
        partOf(path + ".npa", v[1], "non-performing non-credit assets", v[0], "total non-credit assets");
        partOf(path + ".estimatedLosses", v[2], "estimated losses", v[1], "non-performing non-credit assets");
        return new NonCreditFigures(v[0], v[1], v[2]);
    }

    private ObsFigures obs(String path) throws IOException {
        BigDecimal[] v = amounts(path, OBS, "balance", "advances");
        return v == null ? null : new ObsFigures(v[0], v[1]);
    }

    /** V4: a part within its whole. */
    private void partOf(String path, BigDecimal part, String partName, BigDecimal whole, String wholeName) {
        if (part != null && whole != null && part.compareTo(whole) > 0) {
            findings.add(RuleId.V4, path, partName + " (" + part.toPlainString() + ") exceeds " + wholeName + " (" + whole.toPlainString() + ")");
        }
    }

    /** The named amounts of one object, all required; null when one is missing or breaks V1 (findings say which). */
    private BigDecimal[] amounts(String path, Set<String> allowed, String... names) throws IOException {
        if (!object(path)) {
            return null;
        }
        BigDecimal[] values = new BigDecimal[names.length];
        int before = findings.total();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            p.nextToken();
            int i = List.of(names).indexOf(f);
            if (i < 0) {
                unknown(path, f, allowed);
            } else {
                values[i] = amount(path + "." + f);
            }
        }
        for (int i = 0; i < names.length; i++) {
            if (values[i] == null && findings.total() == before) {
                findings.add(RuleId.V7, path + "." + names[i], names[i] + " is required");
            }
        }
        return findings.total() > before ? null : values;
    }

    /** One amount: a JSON number read exactly, checked against V1, at scale 2. */
    private BigDecimal amount(String path) throws IOException {
        JsonToken t = p.currentToken();
        if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
            if (t == JsonToken.VALUE_NULL) {
                findings.add(RuleId.V7, path, "an amount is required here");
            } else {
                findings.add(RuleId.TYPE, path, "Expected a number");
                p.skipChildren();
            }
            return null;
        }
        BigDecimal v = p.getDecimalValue();
        String problem = Texts.amountProblem(v);
        if (problem != null) {
            findings.add(RuleId.V1, path, "an amount " + problem);
            return null;
        }
        return v.setScale(2, RoundingMode.UNNECESSARY);
    }

    private void exposure(String path) throws IOException {
        int before = findings.total();
        String filer = null, client = null, name = null, group = null;
        BigDecimal loan = null, npl = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            p.nextToken();
            switch (f) {
                case "filerCode" -> filer = string(path + ".filerCode");
                case "clientCode" -> client = string(path + ".clientCode");
                case "name" -> name = string(path + ".name");
                case "groupId" -> group = string(path + ".groupId");
                case "loanBalance" -> loan = amount(path + ".loanBalance");
                case "nplBalance" -> npl = amount(path + ".nplBalance");
                default -> unknown(path, f, EXPOSURE);
            }
        }
        if (findings.total() > before) {
            return;
        }
        code(path + ".filerCode", filer, true);
        if (client == null || !CreditCodes.isValid(client)) {
            findings.add(RuleId.V6, path + ".clientCode", "clientCode must be an 18-character Unified Social Credit Code with a correct check character");
        }
        if (name != null && (name.isBlank() || name.length() > 200)) {
            findings.add(RuleId.V7, path + ".name", "a client name has 1 to 200 characters");
        }
        if (group != null && (group.isBlank() || group.length() > 40)) {
            findings.add(RuleId.V7, path + ".groupId", "a group id has 1 to 40 characters");
        }
        if (loan == null) {
            findings.add(RuleId.V7, path + ".loanBalance", "loanBalance is required");
        }
        if (npl == null) {
            findings.add(RuleId.V7, path + ".nplBalance", "nplBalance is required");
        }
        partOf(path + ".nplBalance", npl, "the client's NPL", loan, "its loan balance");
        if (findings.total() > before) {
            return;
        }
        if (!exposureKeys.add(filer + "|" + client)) {
            findings.add(RuleId.V7, path, "filer '" + filer + "' reports client " + client + " twice");
            return;
        }
        links.filer(filer, path + ".filerCode");
        exposureCount++;
        if (header != null && findings.isEmpty()) {
            sink.exposure(new ClientExposure(filer, client, name, group, loan, npl));
        }
    }

    /** A string or null; anything else is a TYPE finding. Texts with control characters or lone surrogates are refused. */
    private String string(String path) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t != JsonToken.VALUE_STRING) {
            findings.add(RuleId.TYPE, path, "Expected a string");
            p.skipChildren();
            return null;
        }
        String s = p.getText();
        if (!Texts.usable(s)) {
            findings.add(RuleId.V7, path, "texts must not contain control characters (such as NUL) or unpaired UTF-16 surrogates");
            return null;
        }
        return s;
    }

    private boolean object(String path) throws IOException {
        if (p.currentToken() == JsonToken.START_OBJECT) {
            return true;
        }
        if (p.currentToken() != JsonToken.VALUE_NULL) {
            findings.add(RuleId.TYPE, path, "Expected an object");
            p.skipChildren();
        }
        return false;
    }

    private void unknown(String path, String field, Set<String> allowed) throws IOException {
        findings.add(RuleId.V7, path + "." + field, "unknown field '" + field + "'; fields here are " + allowed.stream().sorted().toList());
        p.skipChildren();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
