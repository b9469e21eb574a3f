package cn.npa.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The one-clock rule (architecture: "nothing reads the wall clock directly"), checked on every module's main code:
 * time comes from the injected {@link java.time.Clock}; only {@code cn.npa.common.time} reads the system clock, and no
 * SQL asks the database for its own time. Elapsed-time measurement ({@code System.nanoTime}) is not a date and is allowed.
 */
public final class ClockRules {

    /** Where the system clock may be read: the producer of the platform's clock. */
    public static final String TIME_PACKAGE = "cn.npa.common.time..";
    private static final Set<String> DATED_TYPES = Set.of("java.time.Instant", "java.time.LocalDate", "java.time.LocalDateTime",
            "java.time.LocalTime", "java.time.OffsetDateTime", "java.time.OffsetTime", "java.time.ZonedDateTime",
            "java.time.YearMonth", "java.time.Year", "java.time.MonthDay");
    private static final Pattern SQL_CLOCK = Pattern.compile("\"[^\"\\n]*\\b(now\\(\\)|current_date|current_timestamp|localtimestamp|"
            + "clock_timestamp\\(\\)|statement_timestamp\\(\\)|transaction_timestamp\\(\\))[^\"\\n]*\"", Pattern.CASE_INSENSITIVE);

    private ClockRules() {
    }

    /** The platform's main classes ({@code cn.npa}, without tests and test support) on this module's class path. */
    public static JavaClasses mainClasses() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("/cn/npa/testing/") && !location.contains("/cn/npa/embedded/"))
                .importPackages("cn.npa");
    }

    /** No class outside the time package reads the system clock. */
    public static ArchRule noWallClock() {
        return noClasses().that().resideOutsideOfPackage(TIME_PACKAGE).should().callMethodWhere(readsTheSystemClock())
                .orShould().callConstructorWhere(newDateOfNow())
                .because("time comes from the one injected java.time.Clock, so every answer can be reproduced for any date");
    }

    private static DescribedPredicate<JavaCall<?>> readsTheSystemClock() {
        return DescribedPredicate.describe("reads the system clock (now() without a Clock, currentTimeMillis, Clock.system*)", call -> {
            String owner = call.getTargetOwner().getName();
            String name = call.getName();
            List<String> params = call.getTarget().getParameterTypes().stream().map(t -> t.toErasure().getName()).toList();
            boolean nowWithoutClock = DATED_TYPES.contains(owner) && name.equals("now") && !params.equals(List.of("java.time.Clock"));
            boolean millis = owner.equals("java.lang.System") && name.equals("currentTimeMillis");
            boolean systemClock = owner.equals("java.time.Clock") && name.startsWith("system");
            boolean calendar = owner.equals("java.util.Calendar") && name.equals("getInstance");
            return nowWithoutClock || millis || systemClock || calendar;
        });
    }

    private static DescribedPredicate<JavaCall<?>> newDateOfNow() {
        return DescribedPredicate.describe("creates a java.util.Date of now", call -> call.getTargetOwner().getName().equals("java.util.Date")
                && call.getTarget().getParameterTypes().isEmpty());
    }

    /** String literals of a module's main sources that ask the database for its time ({@code now()} and its kin): file:line. */
    public static List<String> databaseClockReads(Path mainSources) {
        if (!Files.isDirectory(mainSources)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(mainSources)) {
            return files.filter(f -> f.toString().endsWith(".java")).flatMap(ClockRules::databaseClockReadsIn).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<String> databaseClockReadsIn(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            return java.util.stream.IntStream.range(0, lines.size()).filter(i -> SQL_CLOCK.matcher(lines.get(i)).find())
                    .mapToObj(i -> file + ":" + (i + 1) + ": " + lines.get(i).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
