package cn.npa.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * The layer rules of every service ({@code cn.npa.<service>.{rest,service,repository,domain,client,config}}), applied by
 * each module's {@code ArchitectureTest} to the production classes of its own base package: rest, then service, then
 * repository, then domain, never backwards; the domain free of frameworks.
 *
 * <p>The rules run as JUnit Jupiter dynamic tests rather than through ArchUnit's own {@code @ArchTest} engine: under the
 * JUnit 6 platform that Quarkus 3.33 brings, that engine is discovered but Surefire reports none of its rules (0 run).
 */
public final class LayerRules {

    private static final String REST = "cn.npa.*.rest..";
    private static final String SERVICE = "cn.npa.*.service..";
    private static final String REPOSITORY = "cn.npa.*.repository..";
    private static final String DOMAIN = "cn.npa.*.domain..";
    private static final String CLIENT = "cn.npa.*.client..";
    private static final String CONFIG = "cn.npa.*.config..";

    /** rest -> service -> repository -> domain; client behind service only; config usable by every layer but the domain. */
    public static final ArchRule LAYERS_ONE_WAY = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true)
            .layer("rest").definedBy(REST)
            .layer("service").definedBy(SERVICE)
            .layer("repository").definedBy(REPOSITORY)
            .layer("domain").definedBy(DOMAIN)
            .layer("client").definedBy(CLIENT)
            .layer("config").definedBy(CONFIG)
            .whereLayer("rest").mayNotBeAccessedByAnyLayer()
            .whereLayer("rest").mayOnlyAccessLayers("service", "domain", "config")
            .whereLayer("service").mayOnlyBeAccessedByLayers("rest")
            .whereLayer("service").mayOnlyAccessLayers("repository", "domain", "client", "config")
            .whereLayer("repository").mayOnlyBeAccessedByLayers("service")
            .whereLayer("repository").mayOnlyAccessLayers("domain", "config")
            .whereLayer("client").mayOnlyBeAccessedByLayers("service")
            .whereLayer("client").mayOnlyAccessLayers("domain", "config")
            .whereLayer("domain").mayOnlyAccessLayers("domain")
            .because("a request enters through rest, is decided in service, is stored through repository, and the domain knows none of them");

    /** Spelled out on its own because it is the mistake made most often: a resource reaching past its service. */
    public static final ArchRule REST_DOES_NOT_USE_REPOSITORY = noClasses().that().resideInAPackage(REST)
            .should().dependOnClassesThat().resideInAPackage(REPOSITORY)
            .allowEmptyShould(true)
            .because("resources call one service method; queries and entities stay behind the service");

    /** Wire types (records named *Dto, *View, *Input) live in rest; services and the domain speak domain types. */
    public static final ArchRule WIRE_TYPES_LIVE_IN_REST = classes()
            .that().areAssignableTo(Record.class)
            .and(DescribedPredicate.describe("are named *Dto, *View or *Input",
                    c -> c.getSimpleName().endsWith("Dto") || c.getSimpleName().endsWith("View") || c.getSimpleName().endsWith("Input")))
            .should().resideInAPackage(REST)
            .allowEmptyShould(true)
            .because("request and response shapes are the API's contract and change with it, not with the domain");

    /** The domain is plain Java: no Quarkus, CDI, JPA, Hibernate, JAX-RS or transactions. */
    public static final ArchRule DOMAIN_IS_PLAIN_JAVA = noClasses().that().resideInAPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage("io.quarkus..", "jakarta.enterprise..", "jakarta.inject..",
                    "jakarta.persistence..", "org.hibernate..", "jakarta.ws.rs..", "jakarta.transaction..")
            .allowEmptyShould(true)
            .because("formulas, rules and deadline arithmetic are unit-tested without Quarkus or a database");

    private LayerRules() {
    }

    /** One test per rule over the production classes (tests excluded) of a service's base package, e.g. {@code cn.npa.report}. */
    public static Stream<DynamicTest> check(String basePackage) {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(basePackage);
        if (classes.isEmpty()) {
            throw new IllegalStateException("no classes under " + basePackage + "; is the base package right?");
        }
        Map<String, ArchRule> rules = Map.of("layers one way", LAYERS_ONE_WAY, "rest does not use repository", REST_DOES_NOT_USE_REPOSITORY,
                "wire types live in rest", WIRE_TYPES_LIVE_IN_REST, "domain is plain Java", DOMAIN_IS_PLAIN_JAVA);
        return rules.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(r -> DynamicTest.dynamicTest(r.getKey(), () -> r.getValue().check(classes)));
    }
}
