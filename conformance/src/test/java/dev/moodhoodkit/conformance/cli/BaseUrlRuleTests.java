package dev.moodhoodkit.conformance.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BaseUrlRuleTests {

    @ParameterizedTest
    @ValueSource(
            strings = {"localhost", "LOCALHOST", "127.0.0.1", "127.1", "127.255.255.254", "[::1]", "[0:0:0:0:0:0:0:1]"})
    void loopbackAddressesAreLoopback(String host) {
        assertThat(BaseUrlRule.isLoopback(host)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "0177.0.0.1", // octal to some tools, the public 177.0.0.1 to Java
                "0x7f.0.0.1",
                "128.0.0.1",
                "10.0.0.1",
                "localhost.example.com",
                "127.0.0.1.nip.io",
                "[::2]",
                "staging.example.com"
            })
    void otherHostsAreNotLoopback(String host) {
        assertThat(BaseUrlRule.isLoopback(host)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://10.0.0.5/v1", "http://0177.0.0.1:8080/v1", "http://staging.example.com/v1"})
    void plainHttpToAnotherMachineIsRefused(String url) {
        assertThatThrownBy(() -> BaseUrlRule.check(BaseUrlRule.parse(url), false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("refusing plain HTTP")
                .hasMessageContaining("--allow-http");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://127.0.0.1:8080/v1",
                "http://localhost:8080/v1",
                "http://[::1]:8080/v1",
                "https://staging.example.com/v1"
            })
    void httpsOrLoopbackIsAllowed(String url) {
        assertThatCode(() -> BaseUrlRule.check(BaseUrlRule.parse(url), false)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://10.0.0.5/v1", "http://staging.example.com/v1"})
    void allowHttpLetsPlainHttpThrough(String url) {
        assertThatCode(() -> BaseUrlRule.check(BaseUrlRule.parse(url), true)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ftp://example.com/v1",
                "example.com/v1",
                "https://user:pw@example.com/v1",
                "https://example.com/v1?x=1"
            })
    void whatIsNotAnHttpBaseUrlIsRefused(String url) {
        assertThatThrownBy(() -> BaseUrlRule.parse(url)).isInstanceOf(IllegalArgumentException.class);
    }

    @org.junit.jupiter.api.Test
    void aTrailingSlashIsDropped() {
        assertThat(BaseUrlRule.parse("https://example.com/v1/")).isEqualTo(URI.create("https://example.com/v1"));
    }
}
