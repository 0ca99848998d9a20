package dev.moodhoodkit.server.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class EmbedPropertiesTests {

    @Test
    void withoutAListOnlyThisServerMayFrameTheRoom() {
        assertThat(new EmbedProperties(null).frameAncestors()).isEqualTo("frame-ancestors 'self'");
        assertThat(new EmbedProperties(List.of()).frameAncestors()).isEqualTo("frame-ancestors 'self'");
    }

    @Test
    void originsWildcardsAndSchemesMakeTheDirective() {
        EmbedProperties properties = new EmbedProperties(List.of(
                "'self'",
                " https://shop.example.com ",
                "https://*.example.org",
                "http://localhost:*",
                "http://127.0.0.1:8081",
                "https:"));

        assertThat(properties.frameAncestors())
                .isEqualTo("frame-ancestors 'self' https://shop.example.com "
                        + "https://*.example.org http://localhost:* http://127.0.0.1:8081 https:");
        assertThat(new EmbedProperties(List.of("'none'")).frameAncestors()).isEqualTo("frame-ancestors 'none'");
    }

    @Test
    void anEntryThatIsNoOriginStopsTheServerNamingIt() {
        // Each would be read by browsers as something else: another directive, a path, a keyword.
        for (String wrong : List.of(
                "https://shop.example.com; script-src *",
                "https://shop.example.com/embed",
                "shop.example.com, evil.example",
                "self",
                "'unsafe-inline'",
                "https://a b",
                "")) {
            assertThatThrownBy(() -> new EmbedProperties(List.of("'self'", wrong)))
                    .as(wrong)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("moodhood.embed.allowed-origins");
        }
        assertThatThrownBy(() -> new EmbedProperties(List.of("'none'", "'self'")))
                .hasMessageContaining("'none' must stand alone");
    }
}
