package dev.moodhoodkit.server.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;
import org.mapstruct.Mapper;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The server's structure as tests (ArchUnit, run by its JUnit Platform engine): packages by
 * feature without cycles, thin controllers, and generated types that stop at the web edge.
 * {@link ArchitectureRulesCatchViolationsTests} shows each rule failing on a violation.
 */
@AnalyzeClasses(packages = "dev.moodhoodkit.server", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    static final String GENERATED = "dev.moodhoodkit.server.api..";

    /**
     * The two writers of wire documents that are not answers of a controller: the problem
     * document that filters answer with too, and the body of a webhook callback.
     */
    static final Set<String> WIRE_WRITERS =
            Set.of("dev.moodhoodkit.server.common.Problems", "dev.moodhoodkit.server.webhooks.WebHookCallbacks");

    /** The web edge: where the generated API and models meet hand-written code (and what they nest). */
    static final DescribedPredicate<JavaClass> WEB_EDGE = DescribedPredicate.describe(
            "the web edge (controllers, their advice, mappers, message converters, wire writers)",
            ArchitectureTests::atWebEdge);

    private static boolean atWebEdge(JavaClass type) {
        return WIRE_WRITERS.contains(type.getName())
                || type.isAnnotatedWith(RestController.class)
                || type.isAnnotatedWith(RestControllerAdvice.class)
                || type.isAnnotatedWith(Mapper.class)
                || type.getAllRawInterfaces().stream().anyMatch(i -> i.isAnnotatedWith(Mapper.class))
                || type.isAssignableTo(HttpMessageConverter.class)
                || type.getEnclosingClass().map(ArchitectureTests::atWebEdge).orElse(false);
    }

    /** No feature package (nor common, nor the generated api) depends on itself through others. */
    @ArchTest
    static final ArchRule NO_PACKAGE_CYCLES =
            slices().matching("dev.moodhoodkit.server.(*)..").should().beFreeOfCycles();

    /** A controller maps in, calls one service, maps out: transactions are the services' business. */
    @ArchTest
    static final ArchRule CONTROLLERS_OPEN_NO_TRANSACTION = noMethods()
            .that()
            .areDeclaredInClassesThat()
            .areAnnotatedWith(RestController.class)
            .should()
            .beAnnotatedWith(Transactional.class)
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule CONTROLLER_CLASSES_OPEN_NO_TRANSACTION =
            noClasses().that().areAnnotatedWith(RestController.class).should().beAnnotatedWith(Transactional.class);

    /** Nor does a controller reach a table: repositories, JDBC and transaction managers are behind services. */
    @ArchTest
    static final ArchRule CONTROLLERS_ONLY_DELEGATE = noClasses()
            .that()
            .areAnnotatedWith(RestController.class)
            .should()
            .dependOnClassesThat(DescribedPredicate.describe(
                    "repositories, JDBC or transactions",
                    (JavaClass type) -> type.isAnnotatedWith(Repository.class)
                            || type.getPackageName().startsWith("org.springframework.jdbc")
                            || type.getPackageName().startsWith("org.springframework.transaction")
                            || type.getPackageName().startsWith("java.sql")
                            || type.getPackageName().startsWith("javax.sql")));

    /** Services, repositories and the rest speak domain types; generated ones stop at the web edge. */
    @ArchTest
    static final ArchRule GENERATED_TYPES_STAY_AT_THE_WEB_EDGE = noClasses()
            .that(not(WEB_EDGE))
            .and()
            .resideOutsideOfPackage(GENERATED)
            .should()
            .dependOnClassesThat()
            .resideInAPackage(GENERATED);
}
