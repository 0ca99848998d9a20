package dev.moodhoodkit.server.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.moodhoodkit.server.api.model.CreatedId;
import dev.moodhoodkit.server.architecture.violations.ServiceReturningAGeneratedModel;
import dev.moodhoodkit.server.architecture.violations.TableReadingController;
import dev.moodhoodkit.server.architecture.violations.TransactionalController;
import org.junit.jupiter.api.Test;

/** Each rule of {@link ArchitectureTests} fails on a class that breaks it (the classes of violations/). */
class ArchitectureRulesCatchViolationsTests {

    private static JavaClasses of(Class<?>... types) {
        return new ClassFileImporter().importClasses(types);
    }

    @Test
    void aControllerThatOpensATransactionFails() {
        JavaClasses classes = of(TransactionalController.class);
        assertThat(ArchitectureTests.CONTROLLERS_OPEN_NO_TRANSACTION
                        .evaluate(classes)
                        .hasViolation())
                .isTrue();
    }

    @Test
    void aControllerThatReadsATableFails() {
        JavaClasses classes = of(TableReadingController.class);
        assertThat(ArchitectureTests.CONTROLLERS_ONLY_DELEGATE.evaluate(classes).hasViolation())
                .isTrue();
    }

    @Test
    void aServiceThatSpeaksGeneratedModelsFails() {
        JavaClasses classes = of(ServiceReturningAGeneratedModel.class, CreatedId.class);
        assertThat(ArchitectureTests.GENERATED_TYPES_STAY_AT_THE_WEB_EDGE
                        .evaluate(classes)
                        .hasViolation())
                .isTrue();
    }

    @Test
    void aPackageCycleFails() {
        JavaClasses classes =
                new ClassFileImporter().importPackages("dev.moodhoodkit.server.architecture.violations.cycle");
        assertThat(com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices()
                        .matching("dev.moodhoodkit.server.architecture.violations.cycle.(*)..")
                        .should()
                        .beFreeOfCycles()
                        .evaluate(classes)
                        .hasViolation())
                .isTrue();
    }

    @Test
    void theServersOwnControllersPassTheRulesTheViolationsBreak() {
        JavaClasses classes =
                new ClassFileImporter().importPackages("dev.moodhoodkit.server.rooms", "dev.moodhoodkit.server.spaces");
        assertThat(ArchitectureTests.CONTROLLERS_ONLY_DELEGATE.evaluate(classes).hasViolation())
                .isFalse();
        assertThat(ArchitectureTests.GENERATED_TYPES_STAY_AT_THE_WEB_EDGE
                        .evaluate(classes)
                        .hasViolation())
                .isFalse();
    }
}
