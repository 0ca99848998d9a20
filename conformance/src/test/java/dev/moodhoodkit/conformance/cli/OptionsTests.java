package dev.moodhoodkit.conformance.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.moodhoodkit.conformance.cli.Options.SpecChoice;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OptionsTests {

    private static final String[] REQUIRED = {"--base-url", "https://staging.example.com/v1", "--client-id", "ci"};

    private static Options parse(String... more) {
        String[] args = new String[REQUIRED.length + more.length];
        System.arraycopy(REQUIRED, 0, args, 0, REQUIRED.length);
        System.arraycopy(more, 0, args, REQUIRED.length, more.length);
        return Options.parse(args, Map.of("MOODHOOD_CLIENT_SECRET", "from-env")::get);
    }

    @Test
    void defaultsAreTheFullSpecAndABoundedRun() {
        Options options = parse();
        assertThat(options.spec()).isEqualTo(SpecChoice.FULL);
        assertThat(options.maxRequests()).isEqualTo(300);
        assertThat(options.ratePerSecond()).isEqualTo(10);
        assertThat(options.allowHttp()).isFalse();
        assertThat(options.prefix()).isEqualTo("mhconf");
        assertThat(options.reportDir()).isEqualTo(Path.of("conformance-report"));
        assertThat(options.webhookUrl()).isEqualTo("https://example.com/mhconf/events");
    }

    @Test
    void theSecretMayComeFromTheEnvironmentSoThatItStaysOutOfTheCommandLine() {
        assertThat(parse().clientSecret()).isEqualTo("from-env");
        assertThat(parse("--client-secret", "given").clientSecret()).isEqualTo("given");
    }

    @Test
    void everyOptionIsRead() {
        Options options = parse(
                "--spec",
                "mirror",
                "--report-dir",
                "out",
                "--max-requests",
                "50",
                "--rate=2.5/s",
                "--allow-http",
                "--prefix",
                "ci-run",
                "--webhook-url",
                "https://hooks.example.com/x");
        assertThat(options.spec()).isEqualTo(SpecChoice.MIRROR);
        assertThat(options.reportDir()).isEqualTo(Path.of("out"));
        assertThat(options.maxRequests()).isEqualTo(50);
        assertThat(options.ratePerSecond()).isEqualTo(2.5);
        assertThat(options.allowHttp()).isTrue();
        assertThat(options.prefix()).isEqualTo("ci-run");
        assertThat(options.webhookUrl()).isEqualTo("https://hooks.example.com/x");
    }

    @Test
    void mistakesAreNamed() {
        assertThatThrownBy(() -> Options.parse(new String[] {"--client-id", "x"}, name -> null))
                .hasMessage("--base-url is required");
        assertThatThrownBy(() -> parse("--spec", "partial")).hasMessageContaining("--spec is full or mirror");
        assertThatThrownBy(() -> parse("--rate", "fast")).hasMessageContaining("--rate");
        assertThatThrownBy(() -> parse("--max-requests", "0")).hasMessageContaining("--max-requests");
        assertThatThrownBy(() -> parse("--prefix", "Bad Prefix")).hasMessageContaining("--prefix");
        assertThatThrownBy(() -> parse("--verbose")).hasMessage("unknown option --verbose");
        assertThatThrownBy(() -> parse("--prefix")).hasMessage("--prefix needs a value");
    }
}
