package dev.moodhoodkit.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.core.util.Yaml;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The prose ("**Extension**") and the markers ({@code x-kit-extension*}) of the contract agree. */
class ExtensionMarkersTests {

    @Test
    void proseAndMarkersAgreeInTheContract() throws Exception {
        JsonNode contract = Yaml.mapper().readTree(Spec.contract().text());

        assertThat(MarkerChecks.problems(contract)).isEmpty();
    }

    /** The check can fail: each planted disagreement of a small spec is reported. */
    @Test
    void everyPlantedDisagreementIsReported() throws Exception {
        JsonNode broken = Yaml.mapper().readTree(Spec.readClasspath("broken/extension-markers.yaml"));

        List<String> problems = MarkerChecks.problems(broken);

        assertThat(problems)
                .anyMatch(p -> p.startsWith("/paths/~1things/get:") && p.contains("does not begin with **Extension**"))
                .anyMatch(p -> p.startsWith("/paths/~1things/post:") && p.contains("not marked x-kit-extension"))
                .anyMatch(p -> p.startsWith("/paths/~1things/post/responses/201/content/application~1json:")
                        && p.contains("does not say **Extension**"))
                .anyMatch(p -> p.startsWith("/paths/~1things~1{thingId}/get:") && p.contains("nothing in it is marked"))
                .anyMatch(p -> p.startsWith("/paths/~1things/post:") && p.contains("neither marked"))
                .anyMatch(p -> p.contains("/properties/size") && p.contains("never requires"))
                .anyMatch(p -> p.contains("/properties/kind") && p.contains("`oval`, which is not in its enum"))
                .anyMatch(p -> p.contains("/properties/label") && p.contains("pattern, which it does not have"))
                .anyMatch(p -> p.contains("/properties/label") && p.contains("does not say **Extension**"))
                .anyMatch(p -> p.contains("/properties/owner") && p.contains("beside $ref"));
        assertThat(problems).noneMatch(p -> p.contains("/properties/name"));
    }
}
