package dev.moodhoodkit.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every example in the contract validates against what it exemplifies: request and response
 * bodies as requests/responses of their operation, parameters, headers and schema-level
 * examples against their schemas. One container per operation, one test per example.
 */
class ExamplesValidateTests {

    @TestFactory
    Stream<DynamicNode> everyExampleValidates() {
        Map<String, List<ExampleChecks.Check>> checks = new ExampleChecks(Spec.contract()).byOperation();
        return checks.entrySet().stream()
                .map(group -> dynamicContainer(
                        group.getKey(),
                        group.getValue().stream()
                                .map(check -> dynamicTest(
                                        check.name(),
                                        () -> assertThat(check.problems().get())
                                                .as(group.getKey() + " " + check.name())
                                                .isEmpty()))));
    }

    /** The parser reads the whole spec without complaint (unknown keys, bad refs, ...). */
    @Test
    void specParsesWithoutMessages() {
        assertThat(Spec.contract().parseMessages())
                .as("swagger-parser messages")
                .isEmpty();
    }

    /** The checks can fail: each deliberately wrong example of a tiny spec is reported. */
    @Test
    void wrongExamplesAreReported() {
        Map<String, List<String>> results = run(Spec.fromClasspath("broken/wrong-examples.yaml"));

        // the right ones pass...
        assertThat(results)
                .containsEntry("POST /things (createThing) request application/json examples.good", List.of());
        assertThat(results)
                .containsEntry("POST /things (createThing) response 201 application/json example", List.of());
        assertThat(results)
                .containsEntry(
                        "POST /auth/token (getAccessToken) request application/x-www-form-urlencoded examples.good",
                        List.of());
        assertThat(results)
                .containsEntry("GET /things/{thingId} (getThing) parameter path thingId examples.good", List.of());
        assertThat(results)
                .containsEntry("schema-level examples #/components/schemas/Thing.createdAt example", List.of());
        // ...and every wrong one is reported, saying what is wrong
        assertThat(results.get("POST /things (createThing) request application/json examples.missingName"))
                .anyMatch(p -> p.contains("required") && p.contains("name"));
        assertThat(results.get("POST /things (createThing) request application/json examples.wrongType"))
                .anyMatch(p -> p.contains("type"));
        assertThat(results.get("POST /things (createThing) request application/json examples.referenced"))
                .anyMatch(p -> p.contains("maxLength") || p.contains("too long"));
        assertThat(
                        results.get(
                                "POST /auth/token (getAccessToken) request application/x-www-form-urlencoded examples.noGrantType"))
                .anyMatch(p -> p.contains("grant_type"));
        assertThat(results.get("GET /things/{thingId} (getThing) response 200 application/json example"))
                .anyMatch(p -> p.contains("pattern"));
        assertThat(results.get("GET /things/{thingId} (getThing) response 404 application/problem+json example"))
                .anyMatch(p -> p.contains("status"));
        assertThat(results.get("GET /things/{thingId} (getThing) parameter path thingId examples.bad"))
                .anyMatch(p -> p.contains("pattern"));
        assertThat(results.get("GET /things/{thingId} (getThing) has request and response examples"))
                .isEmpty();
        assertThat(results.get("GET /things (listThings) has request and response examples"))
                .anyMatch(p -> p.contains("response 200 application/json has no example"));
        assertThat(results.get("schema-level examples #/components/schemas/Thing.id example"))
                .anyMatch(p -> p.contains("pattern"));
        assertThat(results.get("schema-level examples #/components/schemas/Thing.count example"))
                .anyMatch(p -> p.contains("minimum"));
        // the parser drops an example it cannot cast to its schema's format: read as written
        assertThat(results.get(
                        "schema-level examples #/components/schemas/Thing/properties/updatedAt example (as written)"))
                .anyMatch(p -> p.contains("date-time"));
        assertThat(results.get(
                        "schema-level examples #/components/schemas/Thing/properties/weight example (as written)"))
                .anyMatch(p -> p.contains("integer"));
        assertThat(results.get(
                        "schema-level examples #/components/schemas/Thing/properties/createdAt example (as written)"))
                .isEmpty();
    }

    private static Map<String, List<String>> run(Spec spec) {
        Map<String, List<String>> results = new LinkedHashMap<>();
        new ExampleChecks(spec)
                .byOperation()
                .forEach((group, checks) -> checks.forEach(check ->
                        results.put(group + " " + check.name(), check.problems().get())));
        return results;
    }
}
