package dev.moodhoodkit.contract.pact.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.moodhoodkit.contract.support.ContractFiles;
import dev.moodhoodkit.contract.support.RunLast;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestFactory;

/**
 * Every interaction of the pact the consumer tests just wrote keeps to the spec. Runs after
 * every other test class of the run ({@link RunLast}), so the pact is complete; one test per
 * interaction, named by its description, which starts with the operation.
 */
@Order(RunLast.ORDER)
class PactsMatchSpecCheck {

    @TestFactory
    Stream<DynamicTest> everyInteractionKeepsToTheSpec() {
        assertThat(ContractFiles.pactFile())
                .as("the pact written by the consumer tests")
                .exists();
        List<PactSpecValidation.Verdict> verdicts = PactSpecValidation.validate(ContractFiles.pactFile());
        assertThat(verdicts).as("interactions in %s", ContractFiles.pactFile()).isNotEmpty();
        return verdicts.stream()
                .map(v -> dynamicTest(v.description(), () -> {
                    if (!v.passed()) {
                        fail(v.explain());
                    }
                }));
    }
}
