package cn.npa.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.npa.client.submission.api.SubmissionsApi;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Reflection over the classes the generator made from the three documents: what a bank's developer gets to use. */
final class GeneratedTypes {

    /** A method named after its path and verb, as the generator names an operation without an operationId. */
    private static final Pattern PATH_NAME = Pattern.compile("^api[A-Z0-9].*");
    /** A floating-point Java type anywhere in a field's or a parameter's type, also inside List<> or Map<>. */
    private static final Pattern FLOATING = Pattern.compile("\\b(double|float|java\\.lang\\.Double|java\\.lang\\.Float)\\b");

    private GeneratedTypes() {
    }

    /** Every API method of the three clients has a name from an operationId, none one made from its path. */
    static void assertOperationIdNames() throws Exception {
        List<Class<?>> apis = classes("api");
        assertTrue(apis.size() >= 12, apis.toString());
        List<String> pathNamed = new ArrayList<>();
        for (Class<?> api : apis) {
            for (Method m : api.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers()) && PATH_NAME.matcher(m.getName()).matches()) {
                    pathNamed.add(api.getSimpleName() + "." + m.getName());
                }
            }
        }
        assertEquals(List.of(), pathNamed, "operations without an operationId");
    }

    /** No model field and no API parameter or result of the three clients is a double or a float (amounts are BigDecimal). */
    static void assertNoFloatingPoint() throws Exception {
        List<String> floating = new ArrayList<>();
        for (Class<?> model : classes("model")) {
            for (Field f : model.getDeclaredFields()) {
                if (FLOATING.matcher(f.getGenericType().getTypeName()).find()) {
                    floating.add(model.getName() + "." + f.getName() + ": " + f.getGenericType().getTypeName());
                }
            }
        }
        for (Class<?> api : classes("api")) {
            for (Method m : api.getDeclaredMethods()) {
                if (FLOATING.matcher(m.toGenericString()).find()) {
                    floating.add(m.toGenericString());
                }
            }
        }
        assertEquals(List.of(), floating);
    }

    /** Untyped fields ({@code Object}, or a map of {@code Object}) of a generated model package, e.g. {@code "submission"}. */
    static List<String> untypedFields(String client) throws Exception {
        List<String> untyped = new ArrayList<>();
        for (Class<?> model : classes("model")) {
            if (!model.getPackageName().equals("cn.npa.client." + client + ".model") || model.getSimpleName().equals("AbstractOpenApiSchema")) {
                continue;
            }
            for (Field f : model.getDeclaredFields()) {
                String type = f.getGenericType().getTypeName();
                if (type.equals("java.lang.Object") || type.contains("java.lang.Object>")) {
                    untyped.add(model.getSimpleName() + "." + f.getName() + ": " + type);
                }
            }
        }
        return untyped;
    }

    /** The generated classes of the three clients' {@code api} or {@code model} packages, read from the test classes folder. */
    private static List<Class<?>> classes(String kind) throws IOException, ClassNotFoundException {
        Path root;
        try {
            root = Path.of(SubmissionsApi.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<Class<?>> out = new ArrayList<>();
        for (String client : List.of("submission", "report", "indicator")) {
            Path dir = root.resolve("cn/npa/client/" + client + "/" + kind);
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                    String name = f.getFileName().toString();
                    out.add(Class.forName("cn.npa.client." + client + "." + kind + "." + name.substring(0, name.length() - ".class".length())));
                }
            }
        }
        return out;
    }
}
