package cn.npa.testing.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Makes the hostile requests of one operation from its rightful request: each case changes one thing (a parameter,
 * a body value or field, the whole body, the media types, the token or the request id) and says which.
 */
final class CaseGenerator {

    private final ApiOperation op;
    private final Baseline base;
    private final Random random;
    private final Function<String, String> tokenOfRole;
    private int count;

    CaseGenerator(ApiOperation op, Baseline base, Random random, Function<String, String> tokenOfRole) {
        this.op = op;
        this.base = base;
        this.random = random;
        this.tokenOfRole = tokenOfRole;
    }

    /** The request every case departs from, unchanged. */
    FuzzRequest rightful() {
        return request("the rightful request", base.params(), base.contentType(), body(), base.token(), requestId());
    }

    /**
     * The cases every operation gets whatever the seed: a NUL, a lone surrogate and padding in each parameter; an
     * empty, null, continued and deeply nested body; a garbage token; an Accept the operation cannot answer.
     */
    List<FuzzRequest> systematic() {
        List<FuzzRequest> out = new ArrayList<>();
        for (ApiParameter p : op.parameters()) {
            if (p.inHeader()) {
                continue;
            }
            String valid = base.params().getOrDefault(p.name(), "X");
            for (String value : List.of(valid + "\u0000", "\ud800" + valid, HostileValues.padded(valid, random))) {
                Map<String, String> params = new LinkedHashMap<>(base.params());
                params.put(p.name(), value);
                out.add(request(p.in() + " " + p.name() + " = " + BodyMutations.clip(value), params, base.contentType(), body(),
                        base.token(), requestId()));
            }
        }
        if (op.readsBody()) {
            String type = base.contentType() == null ? "application/json" : base.contentType();
            byte[] rightful = body() == null ? new byte[0] : body();
            for (String whole : List.of("", "null", new String(rightful, StandardCharsets.UTF_8) + " {}", HostileValues.deepArrays(5000))) {
                out.add(request("whole body " + BodyMutations.clip(whole), base.params(), type, Wtf8.bytes(whole), base.token(), requestId()));
            }
            if (base.json() != null) {
                out.add(jsonBody(BodyMutations.replaceText(base.json(), "\ud800x", random)));
                out.add(jsonBody(BodyMutations.replaceText(base.json(), "x\u0000", random)));
            }
        }
        out.add(request("garbage token", base.params(), base.contentType(), body(), "garbage", requestId()));
        FuzzRequest r = request("Accept image/png", base.params(), base.contentType(), body(), base.token(), requestId());
        Map<String, String> headers = new LinkedHashMap<>(r.headers());
        headers.put("Accept", "image/png");
        out.add(new FuzzRequest(r.what(), r.method(), r.target(), headers, r.body()));
        return out;
    }

    /** The next hostile request. */
    FuzzRequest next() {
        List<Supplier<FuzzRequest>> kinds = new ArrayList<>();
        if (!op.parameters().isEmpty()) {
            kinds.add(this::hostileParameter);
            kinds.add(this::hostileParameter);
            kinds.add(this::hostileParameter);
        }
        if (op.parameters().stream().anyMatch(p -> base.params().containsKey(p.name()) && !p.inHeader())) {
            kinds.add(this::paddedParameter);
        }
        if (base.json() != null) {
            kinds.add(() -> jsonBody(BodyMutations.replaceValue(base.json(), random)));
            kinds.add(() -> jsonBody(BodyMutations.replaceValue(base.json(), random)));
            kinds.add(() -> jsonBody(BodyMutations.replaceValue(base.json(), random)));
            kinds.add(() -> jsonBody(random.nextBoolean() ? BodyMutations.removeField(base.json(), random)
                    : BodyMutations.unknownField(base.json(), random)));
        } else if (base.text() != null) {
            kinds.add(this::textBody);
            kinds.add(this::textBody);
        }
        if (op.readsBody()) {
            kinds.add(() -> jsonBody(BodyMutations.whole(random)));
            kinds.add(this::contentType);
        }
        kinds.add(this::unknownQueryParameter);
        kinds.add(this::accept);
        kinds.add(this::token);
        kinds.add(this::token);
        kinds.add(this::requestIdHeader);
        return kinds.get(random.nextInt(kinds.size())).get();
    }

    private FuzzRequest hostileParameter() {
        ApiParameter p = HostileValues.pick(op.parameters(), random);
        Map<String, String> params = new LinkedHashMap<>(base.params());
        String value = p.inHeader() ? sendableHeader() : HostileValues.pick(HostileValues.STRINGS, random);
        params.put(p.name(), value);
        return request(p.in() + " " + p.name() + " = " + BodyMutations.clip(value), params, base.contentType(), body(), base.token(), requestId());
    }

    private FuzzRequest paddedParameter() {
        List<ApiParameter> present = op.parameters().stream().filter(p -> base.params().containsKey(p.name()) && !p.inHeader()).toList();
        ApiParameter p = HostileValues.pick(present, random);
        Map<String, String> params = new LinkedHashMap<>(base.params());
        String value = HostileValues.padded(base.params().get(p.name()), random);
        params.put(p.name(), value);
        return request(p.in() + " " + p.name() + " padded = " + BodyMutations.clip(value), params, base.contentType(), body(), base.token(), requestId());
    }

    private FuzzRequest unknownQueryParameter() {
        Map<String, String> params = new LinkedHashMap<>(base.params());
        String value = HostileValues.pick(HostileValues.STRINGS, random);
        params.put("\u0000unknown" + random.nextInt(3), value);
        return request("unknown query parameter = " + BodyMutations.clip(value), params, base.contentType(), body(), base.token(), requestId());
    }

    private FuzzRequest jsonBody(BodyMutations.Mutated m) {
        String type = base.contentType() == null ? "application/json" : base.contentType();
        return request("body " + m.what(), base.params(), type, Wtf8.bytes(m.body()), base.token(), requestId());
    }

    private FuzzRequest textBody() {
        String[] lines = base.text().split("\n", -1);
        int line = random.nextInt(lines.length);
        String[] cells = lines[line].split(",", -1);
        int cell = random.nextInt(cells.length);
        String value = random.nextBoolean() ? HostileValues.pick(HostileValues.STRINGS, random) : HostileValues.padded(cells[cell], random);
        cells[cell] = value;
        lines[line] = String.join(",", cells);
        return request("text line " + line + " cell " + cell + " = " + BodyMutations.clip(value), base.params(), base.contentType(),
                Wtf8.bytes(String.join("\n", lines)), base.token(), requestId());
    }

    private FuzzRequest contentType() {
        String type = random.nextInt(5) == 0 ? null : HostileValues.pick(HostileValues.CONTENT_TYPES, random);
        byte[] body = body() == null ? "{}".getBytes(StandardCharsets.UTF_8) : body();
        return request("Content-Type " + (type == null ? "absent" : type), base.params(), type, body, base.token(), requestId());
    }

    private FuzzRequest accept() {
        String accept = HostileValues.pick(HostileValues.ACCEPTS, random);
        FuzzRequest r = request("Accept " + accept, base.params(), base.contentType(), body(), base.token(), requestId());
        Map<String, String> headers = new LinkedHashMap<>(r.headers());
        headers.put("Accept", accept);
        return new FuzzRequest(r.what(), r.method(), r.target(), headers, r.body());
    }

    private FuzzRequest token() {
        HostileTokens.Token t = HostileTokens.pick(op.roles(), tokenOfRole, random);
        return request(t.what(), base.params(), base.contentType(), body(), t.token(), requestId());
    }

    private FuzzRequest requestIdHeader() {
        String id = HostileValues.pick(List.of("", " ", "x".repeat(5000), "a b", "id;drop", "../x", "\t", "%00", "Ω"), random);
        return request("X-Request-Id " + BodyMutations.clip(id), base.params(), base.contentType(), body(), base.token(),
                id.chars().allMatch(c -> c == '\t' || c >= 0x20 && c < 0x7f) ? id : "%C3%A9");
    }

    private String sendableHeader() {
        String s = HostileValues.pick(HostileValues.STRINGS, random);
        return s.chars().allMatch(c -> c == '\t' || c >= 0x20 && c < 0x7f) ? s : " " + s.length() + "\t";
    }

    private byte[] body() {
        if (base.json() != null) {
            return Wtf8.bytes(BodyMutations.write(base.json()));
        }
        return base.text() == null ? null : Wtf8.bytes(base.text());
    }

    private String requestId() {
        return "fuzz-" + (count++);
    }

    private FuzzRequest request(String what, Map<String, String> params, String contentType, byte[] body, String token, String requestId) {
        String path = op.path();
        StringBuilder query = new StringBuilder();
        Map<String, String> headers = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : params.entrySet()) {
            ApiParameter p = op.parameters().stream().filter(x -> x.name().equals(e.getKey())).findFirst()
                    .orElse(new ApiParameter(e.getKey(), "query", null, false));
            if (p.inPath()) {
                path = path.replace("{" + p.name() + "}", Wtf8.percent(e.getValue()));
            } else if (p.inHeader()) {
                headers.put(p.name(), e.getValue());
            } else if (e.getValue() != null) {
                query.append(query.isEmpty() ? '?' : '&').append(Wtf8.percent(p.name())).append('=').append(Wtf8.percent(e.getValue()));
            }
        }
        if (token != null) {
            headers.put("Authorization", "Bearer " + token);
        }
        if (requestId != null) {
            headers.put("X-Request-Id", requestId);
        }
        if (contentType != null && body != null) {
            headers.put("Content-Type", contentType);
        }
        headers.putIfAbsent("Accept", "application/json");
        return new FuzzRequest(what, op.method(), path + query, headers, body);
    }
}
