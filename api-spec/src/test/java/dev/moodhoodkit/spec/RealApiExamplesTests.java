package dev.moodhoodkit.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.core.util.Yaml;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every request and answer that MoodHood's guide and clients show ({@value #FIXTURES}) against
 * both the contract and the mirror: requests are accepted, answers are valid. Unknown request
 * fields are not errors (the spec says the server ignores them: the guide's own {@code "Logo"});
 * tokens are not checked (the fixtures carry none that are real).
 */
class RealApiExamplesTests {

    static final String FIXTURES = "openapi/real-api-examples.yaml";

    private static final ObjectMapper JSON = Json.mapper();

    @TestFactory
    Stream<DynamicNode> everyRealRequestAndAnswerValidatesAgainstBothSpecs() throws Exception {
        JsonNode fixtures = fixtures();
        return Stream.of(Spec.contract(), Spec.fromClasspath(BuildArtifacts.MIRROR))
                .map(spec -> {
                    Checker checker = new Checker(spec, fixtures.path("values"));
                    List<DynamicNode> tests = new ArrayList<>();
                    fixtures.path("requests")
                            .forEach(r -> tests.add(dynamicTest(
                                    r.path("id").asText() + " "
                                            + r.path("operation").asText(),
                                    () -> assertThat(checker.request(r)).isEmpty())));
                    fixtures.path("answers")
                            .forEach(a -> tests.add(dynamicTest(
                                    a.path("id").asText() + " "
                                            + a.path("operation").asText(),
                                    () -> assertThat(checker.answer(a)).isEmpty())));
                    return dynamicContainer(spec.api().getInfo().getTitle(), tests);
                });
    }

    /** The fixtures name real operations, and the checks can fail: a wrong body is reported. */
    @Test
    void aWrongRequestOrAnswerIsReported() throws Exception {
        JsonNode fixtures = fixtures();
        Checker checker = new Checker(Spec.contract(), fixtures.path("values"));
        ObjectNode wrongSpace = byId(fixtures.path("requests"), "R3");
        ((ObjectNode) wrongSpace.get("body")).put("isPublic", "yes");
        ObjectNode wrongWebHook = byId(fixtures.path("requests"), "R12-create");
        ((ObjectNode) wrongWebHook.get("body")).put("url", 5);
        ObjectNode wrongToken = byId(fixtures.path("answers"), "A1");
        ((ObjectNode) wrongToken.get("body")).remove("access_token");
        ObjectNode wrongCallback = byId(fixtures.path("answers"), "A16");
        ((ObjectNode) wrongCallback.get("body")).put("signature", "not hex");

        assertThat(wrongSpace.path("operation").asText()).isEqualTo("createSpace");
        assertThat(checker.request(wrongSpace)).isNotEmpty();
        assertThat(wrongWebHook.path("contentType").asText()).isEqualTo("text/plain");
        assertThat(checker.request(wrongWebHook)).isNotEmpty();
        assertThat(checker.answer(wrongToken)).isNotEmpty();
        assertThat(checker.answer(wrongCallback)).isNotEmpty();
    }

    /** A copy of the fixture with this id. */
    static ObjectNode byId(JsonNode list, String id) {
        for (JsonNode fixture : list) {
            if (fixture.path("id").asText().equals(id)) {
                return fixture.deepCopy();
            }
        }
        throw new IllegalArgumentException("no fixture " + id);
    }

    static JsonNode fixtures() throws Exception {
        return Yaml.mapper().readTree(Spec.readClasspath(FIXTURES));
    }

    /** Validates fixtures against one spec. */
    static final class Checker {

        private final Spec spec;
        private final JsonNode values;
        private final OpenApiInteractionValidator validator;
        private final SchemaValidator schemas;

        Checker(Spec spec, JsonNode values) {
            this.spec = spec;
            this.values = values;
            LevelResolver levels = LevelResolver.create()
                    .withLevel("validation.request.security", ValidationReport.Level.IGNORE)
                    .withLevel("validation.request.body.schema.additionalProperties", ValidationReport.Level.IGNORE)
                    .withLevel("validation.response.body.missing", ValidationReport.Level.IGNORE)
                    .build();
            this.validator = spec.validator(levels);
            this.schemas = new SchemaValidator(spec.resolvedApi(), new MessageResolver(levels));
        }

        List<String> request(JsonNode fixture) {
            List<String> problems = new ArrayList<>(errors(validator.validateRequest(request(fixture, null))));
            if (fixture.path("contentType").asText().equals("text/plain") && fixture.has("body")) {
                // JSON sent as text/plain: the body must also be what the operation's JSON takes
                problems.addAll(errors(validator.validateRequest(request(fixture, "application/json"))));
            }
            return problems;
        }

        private Request request(JsonNode fixture, String contentType) {
            SimpleRequest.Builder request = new SimpleRequest.Builder(
                    Request.Method.valueOf(fixture.path("method").asText()), "/v1" + filled(fixture.path("path")));
            fixture.path("query")
                    .fields()
                    .forEachRemaining(q -> request.withQueryParam(q.getKey(), filled(q.getValue())));
            String type = contentType != null
                    ? contentType
                    : fixture.path("contentType").asText(null);
            if (type != null) {
                request.withContentType(type);
            }
            if (fixture.has("body")) {
                request.withBody(body(fixture));
            }
            return request.build();
        }

        List<String> answer(JsonNode fixture) {
            if (fixture.path("callback").asBoolean(false)) {
                Schema<?> callback =
                        spec.resolvedApi().getComponents().getSchemas().get("WebHookCallback");
                return errors(schemas.validate(() -> JSON.readTree(body(fixture)), callback, "callback"));
            }
            SimpleResponse.Builder response =
                    SimpleResponse.Builder.status(fixture.path("status").asInt());
            if (fixture.has("contentType")) {
                response.withContentType(fixture.path("contentType").asText());
            }
            if (fixture.has("body")) {
                response.withBody(body(fixture));
            } else if (fixture.has("text")) {
                response.withBody(filled(fixture.get("text")));
            }
            return errors(validator.validateResponse(
                    "/v1" + filled(fixture.path("path")),
                    Request.Method.valueOf(fixture.path("method").asText()),
                    response.build()));
        }

        private String body(JsonNode fixture) {
            try {
                return JSON.writeValueAsString(fill(fixture.get("body")));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        private JsonNode fill(JsonNode node) {
            if (node.isTextual()) {
                return new TextNode(filled(node));
            }
            JsonNode copy = node.deepCopy();
            if (copy.isObject()) {
                copy.fields().forEachRemaining(e -> e.setValue(fill(e.getValue())));
            } else if (copy.isArray()) {
                for (int i = 0; i < copy.size(); i++) {
                    ((com.fasterxml.jackson.databind.node.ArrayNode) copy).set(i, fill(copy.get(i)));
                }
            }
            return copy;
        }

        private String filled(JsonNode text) {
            String result = text.asText();
            var names = values.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                result = result.replace("{" + name + "}", values.get(name).asText());
            }
            return result;
        }

        private static List<String> errors(ValidationReport report) {
            return report.getMessages().stream()
                    .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                    .map(m -> m.getKey() + ": " + m.getMessage())
                    .toList();
        }
    }
}
