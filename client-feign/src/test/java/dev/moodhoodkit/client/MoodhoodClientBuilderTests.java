package dev.moodhoodkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.moodhoodkit.client.api.AuthApi;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MoodhoodClientBuilderTests {

    @Test
    void buildNamesEverythingMissing() {
        assertThatThrownBy(() -> MoodhoodClient.builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("clientId and clientSecret are missing");
        assertThatThrownBy(() -> MoodhoodClient.builder()
                        .clientCredentials("john-smith", null)
                        .build())
                .hasMessageContaining("clientSecret is missing");
        assertThatThrownBy(() -> MoodhoodClient.builder()
                        .clientCredentials(" ", "secret")
                        .build())
                .hasMessageContaining("clientId is missing");
        assertThatThrownBy(() -> MoodhoodClient.builder()
                        .clientCredentials("john-smith", "secret")
                        .userCredentials("anna@example.com", "")
                        .build())
                .hasMessageContaining("the user's password is missing");
    }

    @Test
    void buildNamesEveryInvalidSettingAtOnce() {
        assertThatThrownBy(() -> MoodhoodClient.builder()
                        .baseUrl("moodhood.online/v1")
                        .userCredentials("anna", "pw")
                        .personalToken("pt")
                        .connectTimeout(Duration.ZERO)
                        .readTimeout(null)
                        .sleeper(null)
                        .build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Cannot build the MoodhoodClient: ")
                .hasMessageContaining("baseUrl must be an absolute http or https URL, was 'moodhood.online/v1'")
                .hasMessageContaining("the username of the password grant is the user's email, was 'anna'")
                .hasMessageContaining("userCredentials(email, password) needs clientCredentials(id, secret) too")
                .hasMessageContaining("give userCredentials(email, password) or personalToken(token), not both")
                .hasMessageContaining("connectTimeout must be positive, was PT0S")
                .hasMessageContaining("readTimeout is missing")
                .hasMessageContaining("sleeper is missing");
        assertThatThrownBy(() -> MoodhoodClient.builder()
                        .personalToken("pt")
                        .baseUrl("https://moodhood.online/v1?x=1")
                        .build())
                .hasMessageContaining("baseUrl must not have a query or a fragment");
    }

    @Test
    void aRetryPolicyIsCheckedWhenMade() {
        assertThatThrownBy(() -> RetryPolicy.of(0, Duration.ZERO, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxAttempts must be at least 1");
        assertThatThrownBy(() -> RetryPolicy.of(3, Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .hasMessageContaining("maxBackoff (PT1S) must not be shorter than baseBackoff (PT2S)");
        assertThatThrownBy(() -> RetryPolicy.DEFAULT.withMaxRetryAfter(Duration.ofSeconds(-1)))
                .hasMessageContaining("maxRetryAfter must not be negative");
    }

    @Test
    void defaultsToTheProductionApiAndTrimsTrailingSlashes() {
        try (MoodhoodClient moodhood = MoodhoodClient.builder()
                .clientCredentials("john-smith", "secret")
                .build()) {
            assertThat(moodhood.baseUrl()).isEqualTo("https://moodhood.online/v1");
            assertThat(moodhood.toString()).contains("client john-smith").doesNotContain("secret");
        }
        try (MoodhoodClient moodhood = MoodhoodClient.builder()
                .personalToken("pt")
                .baseUrl("http://localhost:8080/v1/")
                .build()) {
            assertThat(moodhood.baseUrl()).isEqualTo("http://localhost:8080/v1");
        }
    }

    @Test
    void derivedClientsCheckTheirArguments() {
        try (MoodhoodClient moodhood = MoodhoodClient.builder()
                .clientCredentials("john-smith", "secret")
                .build()) {
            assertThatThrownBy(() -> moodhood.asUser("", "pw")).hasMessageContaining("email is missing");
            assertThatThrownBy(() -> moodhood.withPersonalToken(null)).hasMessageContaining("personalToken is missing");
            assertThatThrownBy(() -> moodhood.with(null)).isInstanceOf(NullPointerException.class);
        }
    }

    @Test
    void everyGeneratedApiHasAnAccessor() throws IOException, URISyntaxException {
        Path apiPackage = Path.of(AuthApi.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI())
                .resolve(AuthApi.class.getPackageName().replace('.', '/'));
        Set<String> generated;
        try (Stream<Path> files = Files.list(apiPackage)) {
            generated = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith("Api.class"))
                    .map(name -> AuthApi.class.getPackageName() + "." + name.replace(".class", ""))
                    .collect(Collectors.toSet());
        }
        List<Method> accessors = Arrays.stream(MoodhoodClient.class.getMethods())
                .filter(m -> m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()))
                .filter(m -> m.getReturnType().getPackageName().equals(AuthApi.class.getPackageName()))
                .toList();

        assertThat(generated).hasSize(13);
        assertThat(accessors)
                .extracting(m -> m.getReturnType().getName())
                .containsExactlyInAnyOrderElementsOf(generated);
        try (MoodhoodClient moodhood =
                MoodhoodClient.builder().personalToken("pt").build()) {
            for (Method accessor : accessors) {
                Object api = accessor.invoke(moodhood);
                assertThat(api).as(accessor.getName()).isInstanceOf(accessor.getReturnType());
                assertThat(accessor.invoke(moodhood)).as("one proxy per API").isSameAs(api);
            }
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
