package dev.moodhoodkit.conformance.cli;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which base URLs the runner may call. Credentials and tokens travel in every request, so plain
 * HTTP is refused unless the server is on this machine or the user says {@code --allow-http}.
 * "On this machine" is decided from the address, never from how the host is spelt:
 * {@code 127.1} and {@code [::1]} are loopback, while {@code 0177.0.0.1} (octal to some tools)
 * is read by Java as the public 177.0.0.1, and a name such as {@code localhost.example.com} is
 * not loopback whatever it resolves to.
 */
public final class BaseUrlRule {

    /**
     * Decimal dotted numbers or a bracketed IPv6 literal: forms Java parses as an address
     * without a DNS query. Anything else (0x7f.0.0.1 included) is a name, and not loopback.
     */
    private static final Pattern NUMERIC_HOST = Pattern.compile("[0-9]+(\\.[0-9]+){0,3}|\\[[0-9a-fA-F:.]+]");

    private BaseUrlRule() {}

    /** The base URL as a URI with an http(s) scheme and a host, or an explanation. */
    public static URI parse(String baseUrl) {
        URI uri;
        try {
            uri = new URI(baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("--base-url is not a URL: " + baseUrl);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("--base-url must be http or https: " + baseUrl);
        }
        if (uri.getHost() == null || uri.getUserInfo() != null || uri.getQuery() != null || uri.getFragment() != null) {
            throw new IllegalArgumentException("--base-url needs a host and no user, query or fragment: " + baseUrl);
        }
        return uri;
    }

    /** Refuses plain HTTP to anything but loopback unless {@code allowHttp}. */
    public static void check(URI baseUrl, boolean allowHttp) {
        if (baseUrl.getScheme().equalsIgnoreCase("https") || allowHttp || isLoopback(baseUrl.getHost())) {
            return;
        }
        throw new IllegalArgumentException("refusing plain HTTP to " + baseUrl.getHost()
                + ": credentials would cross the network unencrypted. Use https, or --allow-http if you mean it");
    }

    /** {@code localhost}, 127.0.0.0/8 and ::1, judged from the parsed address. */
    public static boolean isLoopback(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        if (name.equals("localhost") || name.equals("localhost.")) {
            return true;
        }
        if (!NUMERIC_HOST.matcher(name).matches()) {
            return false; // a name: whatever it resolves to today, it is not this machine by definition
        }
        String literal = name.startsWith("[") ? name.substring(1, name.length() - 1) : name;
        try {
            // A numeric literal is parsed, not looked up: no DNS query happens here.
            return InetAddress.getByName(literal).isLoopbackAddress();
        } catch (UnknownHostException | SecurityException e) {
            return false;
        }
    }
}
