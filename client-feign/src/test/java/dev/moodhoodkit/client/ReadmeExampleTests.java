package dev.moodhoodkit.client;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import example.QuickStart;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's copy-and-run example is this module's {@code example.QuickStart}, and it runs. */
class ReadmeExampleTests extends WireMockTestSupport {

    private static final String DEMO_CLIENT = "kit-demo";
    private static final String DEMO_SECRET = "KitDemoSecret0000ChangeMe0000000";

    @Test
    void theReadmeShowsQuickStartAsItIs() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        Matcher firstJavaBlock =
                Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertThat(firstJavaBlock.find()).as("a java block in README.md").isTrue();

        String source = Files.readString(Path.of("src/test/java/example/QuickStart.java"))
                .replaceFirst("^package example;\\n\\n", "");
        assertThat(firstJavaBlock.group(1)).isEqualTo(source);
        assertThat(source.lines().count()).as("short enough to copy").isLessThanOrEqualTo(40);
    }

    @Test
    void quickStartRuns() {
        server.stubFor(post(urlPathEqualTo(TOKEN_PATH))
                .withRequestBody(matchingJsonPath("$.grant_type", equalTo("client_credentials")))
                .withRequestBody(matchingJsonPath("$.client_id", equalTo(DEMO_CLIENT)))
                .withRequestBody(matchingJsonPath("$.client_secret", equalTo(DEMO_SECRET)))
                .willReturn(json(200, tokenResponse("client-token", "client-refresh", 3600))));
        server.stubFor(post(urlPathEqualTo(TOKEN_PATH))
                .withRequestBody(matchingJsonPath("$.grant_type", equalTo("password")))
                .withRequestBody(matchingJsonPath(
                        "$.username",
                        com.github.tomakehurst.wiremock.client.WireMock.matching("anna\\.\\d+@example\\.com")))
                .willReturn(json(200, tokenResponse("anna-token", "anna-refresh", 3600))));
        server.stubFor(post("/v1/users")
                .withHeader("Authorization", equalTo("Bearer client-token"))
                .willReturn(json(201, SpecExamples.response("/users", "post", "201"))
                        .withHeader("Location", "https://moodhood.online/v1/users/60d55b7bb9ef88ab17b0aab9")));
        server.stubFor(post("/v1/spaces")
                .withHeader("Authorization", equalTo("Bearer anna-token"))
                .willReturn(json(201, SpecExamples.response("/spaces", "post", "201"))
                        .withHeader("Location", "https://moodhood.online/v1/spaces/" + SPACE_ID)));
        server.stubFor(post(urlPathMatching("/v1/spaces/" + SPACE_ID + "/rooms"))
                .withHeader("Authorization", equalTo("Bearer anna-token"))
                .willReturn(json(201, SpecExamples.response("/spaces/{spaceId}/rooms", "post", "201"))
                        .withHeader(
                                "Location",
                                "https://moodhood.online/v1/spaces/" + SPACE_ID + "/rooms/60d55c4fb9ef88ab17b0aabd")));

        PrintStream console = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            QuickStart.main(new String[] {baseUrl()});
        } finally {
            System.setOut(console);
        }

        assertThat(printed.toString(StandardCharsets.UTF_8))
                .contains("Room 60d55c4fb9ef88ab17b0aabd, link alias EGBYWoMZJe");
        server.verify(1, postRequestedFor(urlPathEqualTo("/v1/spaces/" + SPACE_ID + "/rooms")));
    }
}
