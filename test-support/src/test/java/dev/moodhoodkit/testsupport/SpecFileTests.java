package dev.moodhoodkit.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpecFileTests {

    @Test
    void theSpecIsTheApiSpecJarsOpenApiYaml() throws Exception {
        try (var in = SpecFile.class.getClassLoader().getResourceAsStream(SpecFile.RESOURCE)) {
            assertThat(in).as("api-spec on the classpath").isNotNull();
            assertThat(SpecFile.text())
                    .isEqualTo(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    @Test
    void theResolvedSpecHasItsOperationsWithTheirReferencesFollowed() {
        var getSpace = SpecFile.resolved().getPaths().get("/spaces/{spaceId}").getGet();

        assertThat(getSpace.getOperationId()).isEqualTo("getSpace");
        assertThat(getSpace.getResponses().get("404").get$ref()).isNull();
        assertThat(getSpace.getResponses().get("404").getContent()).isNotEmpty();
    }
}
