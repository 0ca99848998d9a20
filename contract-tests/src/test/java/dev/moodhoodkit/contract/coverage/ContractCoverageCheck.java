package dev.moodhoodkit.contract.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moodhoodkit.contract.support.ContractFiles;
import dev.moodhoodkit.contract.support.RunLast;
import java.nio.file.Path;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Writes {@code target/contract-coverage.md} once the consumer tests have written the pact, and
 * fails when an operation of the spec has no pact interaction of its success or no stub. The
 * provider verification rewrites the file with its results.
 */
@Order(RunLast.ORDER)
class ContractCoverageCheck {

    @Test
    void everyOperationHasAPactInteractionAndAStub() {
        ContractCoverage coverage = ContractCoverage.of(
                ContractFiles.spec(),
                ContractFiles.pactFile(),
                ContractFiles.stubsDir(),
                ContractFiles.coverageDir().resolve(ContractCoverage.VERIFICATION_RESULTS));
        Path report = ContractFiles.coverageDir().resolve("contract-coverage.md");
        coverage.write(report);

        assertThat(coverage.gaps())
                .as("operations not covered (see %s)", report.toAbsolutePath())
                .isEmpty();
    }
}
