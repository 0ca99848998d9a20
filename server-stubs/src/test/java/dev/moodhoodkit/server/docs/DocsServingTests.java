package dev.moodhoodkit.server.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moodhoodkit.server.testing.ApiTest;
import dev.moodhoodkit.testsupport.SpecFile;
import java.net.http.HttpResponse;
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
        assertThat(reference.body()).contains("MoodHood API", "createSpace");
        assertThat(api.page("/reference").statusCode()).isEqualTo(302);
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
