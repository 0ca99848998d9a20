package dev.moodhoodkit.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.core.util.Yaml;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The mirror in the jar ({@value BuildArtifacts#MIRROR}) is the contract less its extensions:
 * derived from the current contract, valid, its examples valid, nothing of the kit's left.
 */
class MirrorTests {

    private static final Spec MIRROR = Spec.fromClasspath(BuildArtifacts.MIRROR);

    @Test
    void theJarCarriesTheMirrorOfTheCurrentContract() throws Exception {
        ObjectNode contract =
                (ObjectNode) Yaml.mapper().readTree(Spec.contract().text());

        assertThat(MIRROR.text()).isEqualTo(BuildArtifacts.mirrorText(contract));
    }

    @Test
    void theMirrorParsesWithoutMessages() {
        assertThat(MIRROR.parseMessages()).isEmpty();
    }

    @Test
    void everyExampleOfTheMirrorValidates() {
        List<String> problems = new ArrayList<>();
        new ExampleChecks(MIRROR)
                .byOperation()
                .forEach((group, checks) -> checks.forEach(check ->
                        check.problems().get().forEach(p -> problems.add(group + " " + check.name() + ": " + p))));

        assertThat(problems).isEmpty();
    }

    @Test
    void nothingOfTheKitIsLeft() {
        assertThat(MIRROR.text()).doesNotContain("x-kit-", "x-moodhood-", KitExtensions.PROSE);
    }

    @Test
    void everyOperationThatIsNotTheKitsIsMirroredUnderMoodHoodsId() throws Exception {
        JsonNode contract = Yaml.mapper().readTree(Spec.contract().text());
        JsonNode mirror = Yaml.mapper().readTree(MIRROR.text());
        contract.path("paths")
                .fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
                    if (!KitExtensions.HTTP_METHODS.contains(op.getKey())) {
                        return;
                    }
                    JsonNode mirrored = mirror.path("paths").path(path.getKey()).path(op.getKey());
                    String what = op.getKey() + " " + path.getKey();
                    if (KitExtensions.marked(op.getValue())) {
                        assertThat(mirrored.isMissingNode())
                                .as(what + " is the kit's")
                                .isTrue();
                    } else {
                        String id = op.getValue()
                                .path(KitExtensions.MOODHOOD_OPERATION_ID)
                                .asText(op.getValue().path("operationId").asText());
                        assertThat(mirrored.path("operationId").asText())
                                .as(what)
                                .isEqualTo(id);
                    }
                }));
    }

    /** What the build removes, on a few known cases (each kind of marker once). */
    @Test
    void theMarkedPartsAreGone() throws Exception {
        JsonNode mirror = Yaml.mapper().readTree(MIRROR.text());
        JsonNode schemas = mirror.path("components").path("schemas");

        assertThat(schemas.path("TokenResponse").path("properties").has("expires_in"))
                .isFalse();
        assertThat(schemas.path("SpaceList").path("properties").has("total")).isFalse();
        assertThat(schemas.path("RecordList").path("required").toString()).contains("total");
        assertThat(schemas.path("TokenRequest")
                        .path("properties")
                        .path("grant_type")
                        .path("enum")
                        .toString())
                .isEqualTo("[\"client_credentials\",\"password\"]");
        assertThat(schemas.path("CreateUserRequest")
                        .path("properties")
                        .path("password")
                        .has("minLength"))
                .isFalse();
        assertThat(schemas.path("ParticipantRole").has("enum")).isFalse();
        assertThat(schemas.path("RecordState").has("enum")).isFalse();
        assertThat(mirror.path("components").path("responses").has("TooManyRequests"))
                .isFalse();
        assertThat(mirror.path("components").path("responses").path("Forbidden").has("content"))
                .isFalse();
        assertThat(mirror.path("paths")
                        .path("/spaces")
                        .path("get")
                        .path("responses")
                        .has("429"))
                .isFalse();
        assertThat(mirror.path("servers").findValuesAsText("url"))
                .containsExactly("https://moodhood.online/v1", "https://moodhood-api.livedigital.space/v1");
        JsonNode listExample = mirror.path("paths")
                .path("/spaces")
                .path("get")
                .path("responses")
                .path("200")
                .path("content")
                .path("application/json")
                .path("example");
        assertThat(listExample.has("items")).isTrue();
        assertThat(listExample.has("total")).isFalse();
    }

    @Test
    void sentencesThatSayExtensionLeaveTheDescriptions() {
        Map<String, String> cases = Map.of(
                "A page. **Extension**: `total`.", "A page.",
                "The grant. **Extension**: `refresh_token`.", "The grant.",
                "Intro.\n\n* kept item\n* **Extension**: gone item\n", "Intro.\n\n* kept item\n",
                "## Heading\n**Extension**: all gone.\n\nKept.", "Kept.");
        cases.forEach((in, out) ->
                assertThat(MirrorBuilder.withoutExtensionSentences(in)).as(in).isEqualTo(out));
    }
}
