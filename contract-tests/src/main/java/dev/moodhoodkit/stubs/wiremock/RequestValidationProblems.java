package dev.moodhoodkit.stubs.wiremock;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.common.Json;
import com.github.tomakehurst.wiremock.common.JsonException;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fills the {@code errors} of the stubs' "invalid body" problem with the fields at fault, and
 * answers the declared 400 for a body that is no JSON at all.
 *
 * <p>The stub mapping decides that the body is invalid (WireMock's {@code matchesJsonSchema});
 * its {@code transformerParameters} carry the schema ({@value #SCHEMA}) and the 400 problem
 * ({@value #MALFORMED}). Naming the fields needs the validation messages, which WireMock's
 * matcher does not expose, so {@link BodyCheck} checks the body again against the keywords the
 * spec uses. It applies only to the mappings that name it ({@value #NAME}).
 */
public final class RequestValidationProblems implements ResponseDefinitionTransformerV2 {

    /** The name a mapping lists in {@code response.transformers}. */
    public static final String NAME = "moodhood-request-validation";

    /** The parameter holding the body's JSON Schema. */
    public static final String SCHEMA = "schema";

    /** The parameter holding the problem for a body that does not parse (absent: keep the 422). */
    public static final String MALFORMED = "malformed";

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    @SuppressWarnings("unchecked")
    public ResponseDefinition transform(ServeEvent serveEvent) {
        ResponseDefinition declared = serveEvent.getResponseDefinition();
        Parameters parameters = serveEvent.getTransformerParameters();
        Object body;
        try {
            String text = serveEvent.getRequest().getBodyAsString();
            body = text == null || text.isBlank() ? null : Json.read(text, Object.class);
        } catch (JsonException | IllegalArgumentException notJson) {
            Object malformed = parameters.get(MALFORMED);
            if (malformed instanceof Map<?, ?> problem) {
                return ResponseDefinitionBuilder.like(declared)
                        .but()
                        .withStatus(((Number) problem.get("status")).intValue())
                        .withBody(Json.write(problem))
                        .build();
            }
            return declared;
        }
        Object schema = parameters.get(SCHEMA);
        if (!(schema instanceof Map<?, ?>)) {
            return declared;
        }
        List<Map<String, String>> errors = new BodyCheck().check((Map<String, Object>) schema, body);
        if (errors.isEmpty()) {
            return declared; // a rule BodyCheck does not know: the declared problem as it is
        }
        Map<String, Object> problem =
                new LinkedHashMap<>(Json.read(declared.getReponseBody().asString(), Map.class));
        problem.put("detail", errors.size() == 1 ? "1 field is invalid." : errors.size() + " fields are invalid.");
        problem.put("instance", serveEvent.getRequest().getUrl().replaceAll("\\?.*", ""));
        problem.put("errors", errors);
        return ResponseDefinitionBuilder.like(declared)
                .but()
                .withBody(Json.write(problem))
                .build();
    }
}
