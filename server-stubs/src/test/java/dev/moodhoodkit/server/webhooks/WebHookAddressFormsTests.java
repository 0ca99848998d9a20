package dev.moodhoodkit.server.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The production guard sees through every way of writing an IPv4 address as IPv6, refuses NAT64
 * and Teredo outright (what they reach is not known to be public), and an attempt connects to
 * the address that was checked: the host is resolved once.
 */
class WebHookAddressFormsTests {

    private static final WebHookTargets PRODUCTION =
            new WebHookTargets(new WebHookTargetProperties(false, List.of(), List.of()), host -> {
                throw new UnknownHostException(host);
            });

    @Test
    void ipv4InIpv6FormsOfLoopbackAndPrivateAddressesAreRefused() {
        Map<String, String> kinds = Map.ofEntries(
                Map.entry("http://[::ffff:0:7f00:1]/hook", "loopback"),
                Map.entry("http://[::ffff:0:127.0.0.1]/hook", "loopback"),
                Map.entry("http://[::ffff:7f00:1]/hook", "loopback"),
                Map.entry("http://[::ffff:127.0.0.1]/hook", "loopback"),
                Map.entry("http://[::127.0.0.1]/hook", "loopback"),
                Map.entry("http://[::7f00:1]/hook", "loopback"),
                Map.entry("http://[::ffff:0:a9fe:a9fe]/latest/meta-data", "link-local"),
                Map.entry("http://[64:ff9b::7f00:1]/hook", "loopback"),
                Map.entry("http://[64:ff9b::127.0.0.1]/hook", "loopback"),
                Map.entry("http://[64:ff9b::c0a8:1]/hook", "private"),
                Map.entry("http://[64:ff9b:1::7f00:1]/hook", "loopback"),
                Map.entry("http://[2002:7f00:1::1]/hook", "loopback"));
        kinds.forEach((url, kind) -> assertThat(PRODUCTION.refusal(url))
                .as(url)
                .hasValueSatisfying(reason -> assertThat(reason).contains(" is a " + kind + " address")));
    }

    @Test
    void nat64AndTeredoAreRefusedWhateverTheyCarry() {
        assertThat(PRODUCTION.refusal("http://[64:ff9b::808:808]/hook"))
                .hasValueSatisfying(reason -> assertThat(reason).contains("is a NAT64 (translated) address"));
        assertThat(PRODUCTION.refusal("http://[64:ff9b:1:2:3:4:808:808]/hook"))
                .hasValueSatisfying(reason -> assertThat(reason).contains("is a NAT64 (translated) address"));
        assertThat(PRODUCTION.refusal("http://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/hook"))
                .hasValueSatisfying(reason -> assertThat(reason).contains("is a Teredo (tunnelled) address"));
        assertThat(PRODUCTION.refusal("http://[2001:4860:4860::8888]/hook")).isEmpty();
        assertThat(PRODUCTION.refusal("http://[::ffff:8.8.8.8]/hook")).isEmpty();
    }

    /**
     * A name that resolves to the receiver on the first lookup and to a private address on any
     * later one (a DNS rebinding attacker's server): the attempt reaches the receiver, because
     * the sender connects to the address it checked and never looks the name up again.
     */
    @Test
    void anAttemptConnectsToTheAddressThatWasChecked() throws Exception {
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        AtomicInteger received = new AtomicInteger();
        receiver.createContext("/hook", exchange -> {
            exchange.getRequestBody().readAllBytes();
            received.incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        AtomicInteger lookups = new AtomicInteger();
        WebHookTargets targets =
                new WebHookTargets(new WebHookTargetProperties(false, List.of("127.0.0.1"), List.of()), host -> {
                    if (!host.equals("rebinding.example")) {
                        throw new UnknownHostException(host);
                    }
                    String answer = lookups.getAndIncrement() == 0 ? "127.0.0.1" : "10.0.0.7";
                    return new InetAddress[] {InetAddress.getByName(answer)};
                });
        WebHookSender sender = new WebHookSender(
                targets,
                new WebHookDeliveryProperties(
                        true, null, Duration.ofSeconds(2), Duration.ofSeconds(2), null, null, null));
        try {
            String url = "http://rebinding.example:" + receiver.getAddress().getPort() + "/hook";
            WebHookSender.Outcome first = sender.send(url, "{}");
            assertThat(first.delivered()).as(String.valueOf(first)).isTrue();
            assertThat(received).hasValue(1);
            assertThat(lookups)
                    .as("looked up once, for the check and the connection")
                    .hasValue(1);

            WebHookSender.Outcome second = sender.send(url, "{}");
            assertThat(second.delivered()).isFalse();
            assertThat(second.error())
                    .isEqualTo("Not sent: The host rebinding.example resolves to 10.0.0.7, which is a private address:"
                            + " this server calls no loopback, private or link-local addresses"
                            + " (moodhood.webhooks.targets.allow-private-addresses is false).");
            assertThat(received).as("nothing sent to the rebound address").hasValue(1);
        } finally {
            sender.destroy();
            receiver.stop(0);
        }
    }
}
