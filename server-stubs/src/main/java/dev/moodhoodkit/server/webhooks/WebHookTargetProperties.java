package dev.moodhoodkit.server.webhooks;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which hosts webhooks may call ({@code moodhood.webhooks.targets.*}); see {@link WebHookTargets}.
 *
 * @param allowPrivateAddresses whether a webhook may call loopback, private, link-local and other
 *                              non-public addresses. False unless configured: a server reachable
 *                              by strangers must not let them make it call its own network
 *                              (SSRF). The embedded default (application.yaml) sets it true, so a
 *                              receiver on your own machine works; the {@code production} profile
 *                              sets it false again.
 * @param allowedHosts          host names ({@code hooks.internal}, {@code *.corp.example}),
 *                              addresses or CIDR blocks ({@code 10.1.2.0/24}) that may be called
 *                              even when they are private
 * @param deniedHosts           host names, addresses or CIDR blocks that are never called; they
 *                              win over everything else
 */
@ConfigurationProperties("moodhood.webhooks.targets")
public record WebHookTargetProperties(
        Boolean allowPrivateAddresses, List<String> allowedHosts, List<String> deniedHosts) {

    public WebHookTargetProperties {
        allowPrivateAddresses = allowPrivateAddresses != null && allowPrivateAddresses;
        allowedHosts = clean(allowedHosts);
        deniedHosts = clean(deniedHosts);
    }

    private static List<String> clean(List<String> entries) {
        return entries == null
                ? List.of()
                : entries.stream().map(String::strip).filter(e -> !e.isEmpty()).toList();
    }
}
