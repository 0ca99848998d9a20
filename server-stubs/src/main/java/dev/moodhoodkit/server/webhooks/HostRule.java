package dev.moodhoodkit.server.webhooks;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One entry of {@code moodhood.webhooks.targets.allowed-hosts} or {@code denied-hosts}: a host
 * name ({@code hooks.example.com}), every name under a domain ({@code *.example.com}), an
 * address ({@code 10.1.2.3}, {@code ::1}) or a CIDR block ({@code 10.0.0.0/8}). Names match the
 * URL's host as written; addresses and blocks match every address the host resolves to (an IP
 * literal resolves to itself).
 */
sealed interface HostRule {

    /** Whether the URL's host name, as written (lower case, no brackets), matches. */
    boolean matchesName(String host);

    /** Whether one of the host's addresses matches. */
    boolean matchesAddress(InetAddress address);

    static HostRule parse(String entry) {
        String text = entry.strip().toLowerCase(Locale.ROOT);
        int slash = text.indexOf('/');
        String addressPart = slash < 0 ? text : text.substring(0, slash);
        if (IpLiterals.isLiteral(addressPart)) {
            InetAddress address = IpLiterals.parse(addressPart);
            int bits = address.getAddress().length * 8;
            int prefix = slash < 0 ? bits : parsePrefix(entry, text.substring(slash + 1), bits);
            return new Block(address, prefix);
        }
        if (slash >= 0 || text.isEmpty() || !Name.FORMAT.matcher(text).matches()) {
            throw new IllegalArgumentException("Not a host name, *.domain, address or CIDR block: '" + entry + "'");
        }
        return new Name(IpLiterals.withoutTrailingDot(text));
    }

    private static int parsePrefix(String entry, String prefix, int bits) {
        try {
            int length = Integer.parseInt(prefix);
            if (length >= 0 && length <= bits) {
                return length;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException("Bad CIDR prefix length in '" + entry + "' (0 to " + bits + ")");
    }

    /** A host name, or with a leading {@code *.} every name below a domain (not the domain itself). */
    record Name(String pattern) implements HostRule {

        static final Pattern FORMAT = Pattern.compile(
                "^(\\*\\.)?[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?(\\.[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?)*\\.?$");

        @Override
        public boolean matchesName(String host) {
            return pattern.startsWith("*.") ? host.endsWith(pattern.substring(1)) : host.equals(pattern);
        }

        @Override
        public boolean matchesAddress(InetAddress address) {
            return false;
        }
    }

    /** An address block; a single address is a block of the full length. */
    record Block(InetAddress network, int prefix) implements HostRule {

        @Override
        public boolean matchesName(String host) {
            return false;
        }

        @Override
        public boolean matchesAddress(InetAddress address) {
            byte[] candidate = address.getAddress();
            byte[] base = network.getAddress();
            if (candidate.length != base.length) {
                return false;
            }
            int shift = base.length * 8 - prefix;
            return new BigInteger(1, candidate).shiftRight(shift).equals(new BigInteger(1, base).shiftRight(shift));
        }
    }

    /** IP literals, told apart from names and parsed without asking DNS. */
    final class IpLiterals {

        private static final Pattern IPV4 = Pattern.compile("^\\d{1,3}(\\.\\d{1,3}){3}$");

        private IpLiterals() {}

        static boolean isLiteral(String host) {
            return IPV4.matcher(host).matches() || host.contains(":");
        }

        /** Checked here: for a dotted quad it cannot parse, {@link InetAddress#getByName} would ask DNS. */
        private static void requireOctets(String literal) {
            if (IPV4.matcher(literal).matches()) {
                for (String octet : literal.split("\\.")) {
                    if (Integer.parseInt(octet) > 255) {
                        throw new IllegalArgumentException("Not an IP address: '" + literal + "'");
                    }
                }
            }
        }

        /** The address of a literal; {@link InetAddress#getByName} looks nothing up for one. */
        static InetAddress parse(String literal) {
            requireOctets(literal);
            try {
                return InetAddress.getByName(literal);
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("Not an IP address: '" + literal + "'", e);
            }
        }

        static String withoutTrailingDot(String host) {
            return host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        }
    }
}
