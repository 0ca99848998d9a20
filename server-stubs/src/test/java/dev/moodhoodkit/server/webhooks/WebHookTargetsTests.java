package dev.moodhoodkit.server.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The target rules. Names resolve through a table here (no DNS in a unit test: a name that
 * resolves to a public address in one network and a private one in the next is exactly the case
 * to test); IP literals are parsed, never looked up.
 */
class WebHookTargetsTests {

    private static final Map<String, List<String>> DNS = Map.of(
            "public.example", List.of("93.184.216.34"),
            "rebound.example", List.of("93.184.216.34", "10.0.0.5"),
            "hooks.internal", List.of("10.9.9.9"),
            "corp.example", List.of("10.0.0.3"),
            "svc.example", List.of("10.1.2.7"),
            "other-svc.example", List.of("10.1.3.7"),
            "listed.example", List.of("203.0.113.9"),
            "fine.example", List.of("198.51.100.1"));

    private static WebHookTargets targets(boolean allowPrivate, List<String> allowed, List<String> denied) {
        return new WebHookTargets(
                new WebHookTargetProperties(allowPrivate, allowed, denied), WebHookTargetsTests::resolve);
    }

    private static InetAddress[] resolve(String host) throws UnknownHostException {
        List<String> addresses = DNS.get(host);
        if (addresses == null) {
            throw new UnknownHostException(host);
        }
        InetAddress[] resolved = new InetAddress[addresses.size()];
        for (int i = 0; i < resolved.length; i++) {
            resolved[i] = InetAddress.getByName(addresses.get(i));
        }
        return resolved;
    }

    @Test
    void deniedByDefaultAreEveryKindOfNonPublicAddress() {
        WebHookTargets production = targets(false, List.of(), List.of());
        Map<String, String> kinds = Map.ofEntries(
                Map.entry("http://127.0.0.1/hook", "loopback"),
                Map.entry("http://127.9.9.9/hook", "loopback"),
                Map.entry("http://[::1]/hook", "loopback"),
                Map.entry("http://10.0.0.1/hook", "private"),
                Map.entry("http://172.16.5.4/hook", "private"),
                Map.entry("http://192.168.0.1/hook", "private"),
                Map.entry("http://169.254.169.254/latest/meta-data", "link-local"),
                Map.entry("http://[fe80::1]/hook", "link-local"),
                Map.entry("http://0.0.0.0/hook", "unspecified"),
                Map.entry("http://[::]/hook", "unspecified"),
                Map.entry("http://100.64.0.1/hook", "carrier-grade NAT (shared)"),
                Map.entry("http://224.0.0.1/hook", "multicast"),
                Map.entry("http://[fd12:3456::1]/hook", "private (unique local)"),
                Map.entry("http://[::ffff:10.0.0.1]/hook", "private"),
                Map.entry("http://[64:ff9b::a00:1]/hook", "private"),
                Map.entry("http://[2002:a00:1::1]/hook", "private"),
                Map.entry("http://240.0.0.1/hook", "reserved"));
        kinds.forEach((url, kind) -> assertThat(production.refusal(url))
                .as(url)
                .hasValueSatisfying(reason -> assertThat(reason).contains(" is a " + kind + " address")));

        assertThat(production.refusal("http://8.8.8.8/hook")).isEmpty();
        assertThat(production.refusal("https://[2001:4860:4860::8888]/hook")).isEmpty();
        assertThat(production.refusal("https://public.example/hook")).isEmpty();
    }

    @Test
    void everyAddressOfANameMustBeAllowed() {
        WebHookTargets production = targets(false, List.of(), List.of());

        assertThat(production.refusal("https://rebound.example/hook"))
                .contains("The host rebound.example resolves to 10.0.0.5,"
                        + " which is a private address: this server calls no loopback, private or link-local addresses"
                        + " (moodhood.webhooks.targets.allow-private-addresses is false).");
        assertThat(production.refusal("https://nowhere.invalid/hook"))
                .contains(
                        "The host nowhere.invalid cannot be resolved, so the server cannot check that it may call it.");
        assertThat(production.refusal("https://PUBLIC.example./hook"))
                .as("case and a trailing dot")
                .isEmpty();
    }

    @Test
    void allowedHostsMayBePrivate() {
        WebHookTargets targets = targets(false, List.of("hooks.internal", "*.corp.example", "10.1.2.0/24"), List.of());

        assertThat(targets.refusal("http://hooks.internal:8080/in")).isEmpty();
        assertThat(targets.refusal("http://a.b.corp.example/in"))
                .as("a name under the domain")
                .isEmpty();
        assertThat(targets.refusal("http://corp.example/in"))
                .as("not the domain itself")
                .isPresent();
        assertThat(targets.refusal("http://svc.example/in"))
                .as("an address in the block")
                .isEmpty();
        assertThat(targets.refusal("http://10.1.2.200/in")).isEmpty();
        assertThat(targets.refusal("http://other-svc.example/in"))
                .as("outside the block")
                .isPresent();
    }

    @Test
    void deniedHostsWinOverEverything() {
        WebHookTargets targets =
                targets(true, List.of("evil.example"), List.of("evil.example", "*.bad.example", "203.0.113.0/24"));

        assertThat(targets.refusal("http://evil.example/in"))
                .contains("The host evil.example is on this server's list of denied webhook hosts.");
        assertThat(targets.refusal("http://x.bad.example/in")).isPresent();
        assertThat(targets.refusal("http://listed.example/in"))
                .contains(
                        "The host listed.example resolves to 203.0.113.9, which is on this server's list of denied webhook hosts.");
        assertThat(targets.refusal("http://203.0.113.1/in"))
                .contains("The address 203.0.113.1 is on this server's list of denied webhook hosts.");
        assertThat(targets.refusal("http://fine.example/in")).isEmpty();
        assertThat(targets.refusal("http://10.0.0.1/in"))
                .as("private addresses are allowed here")
                .isEmpty();
    }

    @Test
    void theEmbeddedDefaultLooksNothingUp() {
        WebHookTargets embedded =
                new WebHookTargets(new WebHookTargetProperties(true, List.of(), List.of("blocked.example")), host -> {
                    throw new AssertionError("looked up " + host);
                });

        assertThat(embedded.refusal("http://localhost:3000/hooks")).isEmpty();
        assertThat(embedded.refusal("http://127.0.0.1:3000/hooks")).isEmpty();
        assertThat(embedded.refusal("https://example.com/moodhood/events")).isEmpty();
    }

    @Test
    void aUrlWithoutAHostIsRefused() {
        WebHookTargets embedded = targets(true, List.of(), List.of());
        assertThat(embedded.refusal("http://under_score:80/x")).isPresent();
        assertThat(embedded.refusal("http:///path")).isPresent();
    }

    @Test
    void badListEntriesStopTheServerNamingThem() {
        for (String entry : List.of("10.0.0.0/33", "not a host", "999.1.1.1", "host/24", "::1/200")) {
            assertThatThrownBy(() -> targets(false, List.of(entry), List.of()))
                    .as(entry)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(entry);
        }
    }

    @Test
    void deliverySettingsThatCouldSendAnEventTwiceStopTheServer() {
        assertThatThrownBy(() -> new WebHookDeliveryProperties(
                        true, null, Duration.ofSeconds(5), Duration.ofSeconds(10), null, Duration.ofSeconds(20), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("moodhood.webhooks.delivery.lease");
        assertThatThrownBy(() -> new WebHookDeliveryProperties(
                        true, null, null, null, List.of(Duration.ofSeconds(1)), null, null))
                .hasMessageContaining("needs 2 pauses");
        WebHookDeliveryProperties defaults = new WebHookDeliveryProperties(null, null, null, null, null, null, null);
        assertThat(defaults.enabled()).isTrue();
        assertThat(defaults.backoff()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(4));
        assertThat(defaults.lease()).isEqualTo(Duration.ofMinutes(2));
        assertThat(Optional.of(defaults.pauseAfter(2))).contains(Duration.ofSeconds(4));
    }
}
