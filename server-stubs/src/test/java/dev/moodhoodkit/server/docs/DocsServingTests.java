package dev.moodhoodkit.server.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moodhoodkit.server.testing.ApiTest;
import dev.moodhoodkit.testsupport.SpecFile;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What the server serves beside the API: the spec, Swagger UI, the HTML reference, health. */
class DocsServingTests extends ApiTest {

    @Test
    void openapiYamlIsTheSpecOfTheApiSpecJarByteForByte() {
        HttpResponse<String> spec = api.page("/openapi.yaml");

        assertThat(spec.statusCode()).isEqualTo(200);
        assertThat(spec.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/yaml"));
        assertThat(spec.body()).isEqualTo(SpecFile.text());
    }

    /** The mirror (the spec less its extensions) and the fidelity page, from the same jar. */
    @Test
    void theMirrorAndTheFidelityPageAreServedBesideTheSpec() throws IOException {
        HttpResponse<String> mirror = api.page("/openapi-mirror.yaml");
        HttpResponse<String> fidelity = api.page("/docs/fidelity");

        assertThat(mirror.statusCode()).isEqualTo(200);
        assertThat(mirror.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/yaml"));
        try (InputStream expected = getClass().getClassLoader().getResourceAsStream("openapi/openapi-mirror.yaml")) {
            assertThat(mirror.body()).isEqualTo(new String(expected.readAllBytes(), StandardCharsets.UTF_8));
        }
        assertThat(mirror.body())
                .contains("get_spaces__spaceId__rooms__roomId__records")
                .doesNotContain("x-kit-");
        assertThat(fidelity.statusCode()).isEqualTo(200);
        assertThat(fidelity.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(fidelity.body()).contains("updateSpace", "MoodHood's guide", "the kit (an extension)");
    }

    @Test
    void rootRedirectsToSwaggerUi() {
        HttpResponse<String> root = api.page("/");

        assertThat(root.statusCode()).isEqualTo(302);
        assertThat(root.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/swagger-ui/"));
    }

    @Test
    void swaggerUiServesTheWebjarPageAndScripts() {
        HttpResponse<String> page = api.page("/swagger-ui/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui-bundle.js", "swagger-initializer.js");

        assertThat(api.page("/swagger-ui/swagger-ui-bundle.js").statusCode()).isEqualTo(200);
        assertThat(api.page("/swagger-ui/swagger-ui.css").statusCode()).isEqualTo(200);
        HttpResponse<String> withoutSlash = api.page("/swagger-ui");
        assertThat(withoutSlash.statusCode()).isEqualTo(302);
    }

    @Test
    void swaggerUiLoadsThisServersSpecNotThePetstore() {
        HttpResponse<String> initializer = api.page("/swagger-ui/swagger-initializer.js");

        assertThat(initializer.statusCode()).isEqualTo(200);
        assertThat(initializer.body()).contains("'/openapi.yaml'").doesNotContain("petstore.swagger.io");
    }

    @Test
    void htmlReferenceIsServedUnderReference() {
        HttpResponse<String> reference = api.page("/reference/");

        assertThat(reference.statusCode()).isEqualTo(200);
        assertThat(reference.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(reference.body())
                .contains("MoodHood API reference", "data-spec=\"openapi.yaml\"", "assets/redoc.standalone.js")
                .doesNotContain("https://", "http://");
        assertThat(api.page("/reference/assets/redoc.standalone.js").statusCode())
                .isEqualTo(200);
        assertThat(api.page("/reference/assets/reference.js").statusCode()).isEqualTo(200);
        assertThat(api.page("/reference").statusCode()).isEqualTo(302);
        HttpResponse<String> mirror = api.page("/reference/mirror/");
        assertThat(mirror.statusCode()).isEqualTo(200);
        assertThat(mirror.body()).contains("data-spec=\"openapi-mirror.yaml\"", "../assets/redoc.standalone.js");
    }

    @Test
    void actuatorHealthIsUpWithoutAToken() {
        HttpResponse<String> health = api.page("/actuator/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void pagesNeedNoTokenWhileTheApiDoes() {
        assertThat(api.page("/openapi.yaml").statusCode()).isEqualTo(200);
        assertThat(api.page("/v1/users/me").statusCode()).isEqualTo(401);
    }
}
