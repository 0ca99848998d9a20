package dev.moodhoodkit.server.webhooks;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Which URLs a webhook may call: the guard against a webhook that makes the server call its own
 * network (server-side request forgery). Checked when a webhook is set up or moved, and again
 * before every attempt, because a name that resolved to a public address then may resolve to a
 * private one now (DNS rebinding). An attempt resolves the host once, checks every address and
 * connects only to those ({@link #addressesToCall}), so no second lookup can swap the address.
 * <p>
 * The rules, in order:
 * <ol>
 *   <li>a host or address on {@code denied-hosts} is refused;</li>
 *   <li>a host name on {@code allowed-hosts} is allowed, whatever it resolves to;</li>
 *   <li>otherwise every address the host resolves to must be allowed: one on
 *       {@code allowed-hosts} is, and one that is not public (loopback, private, link-local...)
 *       is refused unless {@code allow-private-addresses} is true.</li>
 * </ol>
 * With private addresses allowed and no address on the denied list, nothing is looked up.
 */
@Component
public class WebHookTargets {

    /** Resolves a host name to all its addresses; {@link InetAddress#getAllByName} but in tests. */
    @FunctionalInterface
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final boolean allowPrivate;
    private final List<HostRule> allowed;
    private final List<HostRule> denied;
    private final Resolver resolver;

    @Autowired
    WebHookTargets(WebHookTargetProperties properties) {
        this(properties, InetAddress::getAllByName);
    }

    WebHookTargets(WebHookTargetProperties properties, Resolver resolver) {
        this.allowPrivate = properties.allowPrivateAddresses();
        this.allowed = properties.allowedHosts().stream().map(HostRule::parse).toList();
        this.denied = properties.deniedHosts().stream().map(HostRule::parse).toList();
        this.resolver = resolver;
    }

    /** Why the server will not call {@code url}, in words for the webhook's owner; empty when it will. */
    public Optional<String> refusal(String url) {
        String host;
        try {
            host = new URI(url).getHost();
        } catch (URISyntaxException e) {
            return Optional.of("The URL cannot be parsed.");
        }
        if (host == null || host.isEmpty()) {
            return Optional.of("The URL has no host name that the server can call.");
        }
        try {
            check(normalized(host), false);
            return Optional.empty();
        } catch (Refused refused) {
            return Optional.of(refused.getMessage());
        } catch (UnknownHostException notChecked) {
            return Optional.empty();
        }
    }

    /**
     * The addresses an attempt may connect to, resolved once and each one checked: the sender's
     * connections go only to these, so a name that resolves elsewhere between the check and the
     * connection (DNS rebinding) changes nothing.
     *
     * @throws Refused when the rules refuse the host or one of its addresses
     */
    InetAddress[] addressesToCall(String host) throws UnknownHostException {
        return check(normalized(host), true);
    }

    /** Refused by the rules; an {@link UnknownHostException} so that an HTTP client's DNS hook may throw it. */
    static final class Refused extends UnknownHostException {
        Refused(String reason) {
            super(reason);
        }
    }

    private static String normalized(String host) {
        String name = HostRule.IpLiterals.withoutTrailingDot(host.toLowerCase(Locale.ROOT));
        return name.startsWith("[") && name.endsWith("]") ? name.substring(1, name.length() - 1) : name;
    }

    /** The host's addresses (null when they need not be known and {@code resolve} is false). */
    private InetAddress[] check(String host, boolean resolve) throws UnknownHostException {
        boolean literal = HostRule.IpLiterals.isLiteral(host);
        if (denied.stream().anyMatch(rule -> rule.matchesName(host))) {
            throw new Refused("The host " + host + " is on this server's list of denied webhook hosts.");
        }
        boolean addressesMatter = !allowPrivate || denied.stream().anyMatch(HostRule.Block.class::isInstance);
        if (allowed.stream().anyMatch(rule -> rule.matchesName(host)) || !addressesMatter) {
            return resolve ? lookUp(host, literal) : null;
        }
        InetAddress[] addresses;
        try {
            addresses = lookUp(host, literal);
        } catch (UnknownHostException | IllegalArgumentException e) {
            throw new Refused(
                    "The host " + host + " cannot be resolved, so the server cannot check that it may call it.");
        }
        for (InetAddress address : addresses) {
            Optional<String> refused = refusal(host, address);
            if (refused.isPresent()) {
                throw new Refused(refused.get());
            }
        }
        return addresses;
    }

    private InetAddress[] lookUp(String host, boolean literal) throws UnknownHostException {
        return literal ? new InetAddress[] {HostRule.IpLiterals.parse(host)} : resolver.resolve(host);
    }

    private Optional<String> refusal(String host, InetAddress address) {
        String shown = address.getHostAddress();
        String resolvesTo =
                shown.equals(host) ? "The address " + shown : "The host " + host + " resolves to " + shown + ", which";
        if (denied.stream().anyMatch(rule -> rule.matchesAddress(address))) {
            return Optional.of(resolvesTo + " is on this server's list of denied webhook hosts.");
        }
        if (allowed.stream().anyMatch(rule -> rule.matchesAddress(address)) || allowPrivate) {
            return Optional.empty();
        }
        return nonPublicKind(address)
                .map(kind -> resolvesTo + " is a " + kind
                        + " address: this server calls no loopback, private or link-local addresses"
                        + " (moodhood.webhooks.targets.allow-private-addresses is false).");
    }

    /** What kind of non-public address this is; empty for an address on the public internet. */
    static Optional<String> nonPublicKind(InetAddress address) {
        if (address.isLoopbackAddress()) {
            return Optional.of("loopback");
        }
        if (address.isAnyLocalAddress()) {
            return Optional.of("unspecified");
        }
        if (address.isLinkLocalAddress()) {
            return Optional.of("link-local");
        }
        if (address.isSiteLocalAddress()) {
            return Optional.of("private");
        }
        if (address.isMulticastAddress()) {
            return Optional.of("multicast");
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            if (first == 0) {
                return Optional.of("unspecified");
            }
            if (first == 100 && second >= 64 && second < 128) {
                return Optional.of("carrier-grade NAT (shared)");
            }
            if (first == 192 && second == 0 && (b[2] & 0xff) == 0) {
                return Optional.of("reserved");
            }
            if (first == 198 && (second == 18 || second == 19)) {
                return Optional.of("reserved");
            }
            if (first >= 240) {
                return Optional.of("reserved");
            }
            return Optional.empty();
        }
        if (address instanceof Inet6Address v6) {
            if ((b[0] & 0xfe) == 0xfc) {
                return Optional.of("private (unique local)");
            }
            Optional<InetAddress> embedded = embeddedIpv4(v6, b);
            if (embedded.isPresent() && nonPublicKind(embedded.get()).isPresent()) {
                return nonPublicKind(embedded.get());
            }
            // A NAT64 translator reaches whatever IPv4 network it sits in, so no address behind
            // one is known to be public; a Teredo tunnel hides its IPv4 end the same way.
            if (isNat64(b)) {
                return Optional.of("NAT64 (translated)");
            }
            if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0 && b[3] == 0) {
                return Optional.of("Teredo (tunnelled)");
            }
        }
        return Optional.empty();
    }

    /**
     * The IPv4 address inside an IPv6 one that carries one (IPv4-compatible {@code ::a.b.c.d},
     * IPv4-translated {@code ::ffff:0:a.b.c.d}, NAT64 {@code 64:ff9b::a.b.c.d} (for the local-use
     * prefix the last 32 bits, its usual layout), 6to4 {@code 2002:AABB:CCDD::}); Java already turns
     * IPv4-mapped {@code ::ffff:a.b.c.d} into an IPv4 address.
     */
    private static Optional<InetAddress> embeddedIpv4(Inet6Address v6, byte[] b) {
        byte[] v4 = null;
        boolean translated = allZero(b, 0, 8) && (b[8] & 0xff) == 0xff && (b[9] & 0xff) == 0xff && allZero(b, 10, 12);
        if (v6.isIPv4CompatibleAddress() || translated || isNat64(b)) {
            v4 = new byte[] {b[12], b[13], b[14], b[15]};
        } else if (b[0] == 0x20 && b[1] == 0x02) {
            v4 = new byte[] {b[2], b[3], b[4], b[5]};
        }
        if (v4 == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByAddress(v4));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /** The well-known NAT64 prefix {@code 64:ff9b::/96} or the local-use one {@code 64:ff9b:1::/48} (RFC 8215). */
    private static boolean isNat64(byte[] b) {
        boolean wellKnownStart = b[0] == 0x00 && b[1] == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b;
        return wellKnownStart && (allZero(b, 4, 12) || (b[4] == 0 && b[5] == 1));
    }

    private static boolean allZero(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
