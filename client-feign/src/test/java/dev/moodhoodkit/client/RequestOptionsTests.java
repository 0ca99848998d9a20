package dev.moodhoodkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RequestOptionsTests {

    @Test
    void eachSettingMakesANewValue() {
        RequestOptions defaults = RequestOptions.defaults();
        RequestOptions keyed = defaults.withIdempotencyKey("order-4711");
        RequestOptions full = keyed.withTimeout(Duration.ofSeconds(5))
                .withHeader("X-Correlation-Id", "a")
                .withHeader("x-correlation-id", "b");

        assertThat(defaults.idempotencyKey()).isEmpty();
        assertThat(defaults.headers()).isEmpty();
        assertThat(keyed.idempotencyKey()).contains("order-4711");
        assertThat(keyed.timeout()).isEmpty();
        assertThat(full.timeout()).contains(Duration.ofSeconds(5));
        assertThat(full.headers()).containsExactly(java.util.Map.entry("x-correlation-id", "b"));
        assertThat(full)
                .isEqualTo(RequestOptions.defaults()
                        .withIdempotencyKey("order-4711")
                        .withTimeout(Duration.ofSeconds(5))
                        .withHeader("x-correlation-id", "b"));
        assertThatThrownBy(() -> full.headers().put("X-Other", "c")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void badSettingsAreRefusedWithAReason() {
        RequestOptions options = RequestOptions.defaults();
        assertThatThrownBy(() -> options.withIdempotencyKey(" ")).hasMessageContaining("idempotencyKey is missing");
        assertThatThrownBy(() -> options.withIdempotencyKey("x".repeat(256))).hasMessageContaining("at most 255");
        assertThatThrownBy(() -> options.withIdempotencyKey("line\nbreak")).hasMessageContaining("visible ASCII");
        assertThatThrownBy(() -> options.withTimeout(Duration.ZERO)).hasMessageContaining("timeout must be positive");
        assertThatThrownBy(() -> options.withTimeout(null)).hasMessageContaining("timeout must be positive");
        assertThatThrownBy(() -> options.withHeader("Bad Name", "v")).hasMessageContaining("not a header name");
        assertThatThrownBy(() -> options.withHeader("X-Ok", "a\r\nInjected: 1"))
                .hasMessageContaining("without line breaks");
        assertThatThrownBy(() -> options.withHeader("authorization", "Bearer x"))
                .hasMessageContaining("written by the client itself");
        assertThatThrownBy(() -> options.withHeader("Idempotency-Key", "k"))
                .hasMessageContaining("use withIdempotencyKey(key)");
    }
}
