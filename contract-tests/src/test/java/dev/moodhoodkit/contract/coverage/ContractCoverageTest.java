package dev.moodhoodkit.contract.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moodhoodkit.contract.spec.ApiSpec;
import dev.moodhoodkit.contract.support.ContractFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The coverage check can fail: it names the operations a pact or the stubs leave out. */
class ContractCoverageTest {

    private static final ApiSpec SPEC = ContractFiles.spec();

    @TempDir
    Path dir;

    @Test
    void operationsWithoutInteractionsOrStubsAreGaps() throws IOException {
        Path pact = dir.resolve("pact.json");
        Files.writeString(pact, """
                {"interactions": [
                  {"description": "getSpace: the owner reads their space",
                   "request": {"method": "GET", "path": "/v1/spaces/60d55c0eb9ef88ab17b0aabb"},
                   "response": {"status": 200}},
                  {"description": "deleteSpace: a moderator may not",
                   "request": {"method": "DELETE", "path": "/v1/spaces/60d55c0eb9ef88ab17b0aabb"},
                   "response": {"status": 403}},
                  {"description": "listSpaceMembers: the members",
                   "request": {"method": "GET", "path": "/v1/spaces/60d55c0eb9ef88ab17b0aabb/members"},
                   "response": {"status": 200}}
                ]}""");
        Path noStubs = dir.resolve("no-stubs");

        ContractCoverage coverage = ContractCoverage.of(SPEC, pact, noStubs, dir.resolve("not-run.json"));

        assertThat(coverage.gaps())
                .contains("GET /spaces/{spaceId} (getSpace): no WireMock stub")
                .contains("DELETE /spaces/{spaceId} (deleteSpace): no pact interaction of its success")
                .contains("POST /spaces (createSpace): no pact interaction")
                .anyMatch(g -> g.startsWith("interaction \"listSpaceMembers: the members\"")
                        && g.endsWith("no operation of the spec"))
                .doesNotContain("GET /spaces/{spaceId} (getSpace): no pact interaction");
        assertThat(coverage.markdown())
                .contains("| getSpace | `GET /v1/spaces/{spaceId}` | 1: 200 | **none** | not run |");
    }

    @Test
    void theBuildsPactAndStubsCoverEveryOperation() {
        ContractCoverage coverage = ContractCoverage.of(
                SPEC, dir.resolve("none.json"), ContractFiles.stubsDir(), dir.resolve("not-run.json"));

        assertThat(coverage.rows())
                .allSatisfy(row -> assertThat(row.stubStatuses()).isNotEmpty());
    }
}
