package dev.moodhoodkit.client;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class UserAgentTests extends WireMockTestSupport {

    private static final String SPACE_PATH = "/v1/spaces/" + SPACE_ID;

    @Test
    void everyRequestNamesTheClientAndTheVersionOfItsArtifact() throws Exception {
        stubClientToken("client-token-1", 3600);
        server.stubFor(get(SPACE_PATH).willReturn(json(200, spaceJson())));

        try (MoodhoodClient moodhood = clientBuilder().build()) {
            moodhood.spaces().getSpace(SPACE_ID);
        }
        String expected = "moodhood-kit-java/" + projectVersion();
        server.verify(getRequestedFor(urlPathEqualTo(SPACE_PATH)).withHeader("User-Agent", equalTo(expected)));
        server.verify(tokenRequested("client_credentials").withHeader("User-Agent", equalTo(expected)));
    }

    /** The version in this module's pom (its parent's): what the artifact is published as. */
    private static String projectVersion() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher version = Pattern.compile("<parent>.*?<version>([^<]+)</version>", Pattern.DOTALL)
                .matcher(pom);
        assertThat(version.find()).isTrue();
        return version.group(1);
    }
}
