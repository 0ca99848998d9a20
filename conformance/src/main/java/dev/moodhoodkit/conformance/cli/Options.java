package dev.moodhoodkit.conformance.cli;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The runner's settings, parsed from its command line. Parsing fails with a message naming the
 * option at fault; {@link #USAGE} is what the runner prints with it.
 */
public record Options(
        URI baseUrl,
        String clientId,
        String clientSecret,
        SpecChoice spec,
        Path reportDir,
        int maxRequests,
        double ratePerSecond,
        boolean allowHttp,
        String prefix,
        String webhookUrl) {

    /** Which contract the deployment is checked against. */
    public enum SpecChoice {
        /** The kit's whole contract, extensions included. */
        FULL("openapi/openapi.yaml"),
        /** Only what the real MoodHood API has: every extension removed. */
        MIRROR("openapi/openapi-mirror.yaml");

        private final String resource;

        SpecChoice(String resource) {
            this.resource = resource;
        }

        public String resource() {
            return resource;
        }
    }

    public static final String USAGE = """
            Usage: java -jar moodhood-conformance.jar --base-url URL --client-id ID --client-secret SECRET
                     [--spec full|mirror] [--report-dir DIR] [--max-requests N] [--rate N/s]
                     [--allow-http] [--prefix P] [--webhook-url URL]

              --base-url       the API's base, with its version path (https://staging.example.com/v1)
              --client-id      a client of the deployment (client_credentials)
              --client-secret  its secret (or the environment variable MOODHOOD_CLIENT_SECRET)
              --spec           full (default: the kit's whole contract) or mirror (the real API only)
              --report-dir     where report.md and junit.xml go (default: conformance-report)
              --max-requests   the most requests the run sends (default: 300)
              --rate           the most requests per second (default: 10/s)
              --allow-http     allow a plain-HTTP base URL that is not loopback
              --prefix         the start of every name the run creates (default: mhconf)
              --webhook-url    the URL set as the test space's webhook (default: https://example.com/<prefix>/events);
                               it is switched off and removed before any call starts, so it receives nothing
            """;

    private static final java.util.Set<String> VALUED = java.util.Set.of(
            "--base-url",
            "--client-id",
            "--client-secret",
            "--spec",
            "--report-dir",
            "--max-requests",
            "--rate",
            "--prefix",
            "--webhook-url");

    /** Parses {@code args}; {@code env} gives MOODHOOD_CLIENT_SECRET when the option is absent. */
    public static Options parse(String[] args, java.util.function.Function<String, String> env) {
        String baseUrl = null;
        String clientId = null;
        String clientSecret = null;
        SpecChoice spec = SpecChoice.FULL;
        Path reportDir = Path.of("conformance-report");
        int maxRequests = 300;
        double rate = 10;
        boolean allowHttp = false;
        String prefix = "mhconf";
        String webhookUrl = null;
        List<String> rest = new ArrayList<>(List.of(args));
        while (!rest.isEmpty()) {
            String option = rest.remove(0);
            String value = null;
            int equals = option.indexOf('=');
            if (option.startsWith("--") && equals > 0) {
                value = option.substring(equals + 1);
                option = option.substring(0, equals);
            }
            if (option.equals("--allow-http")) {
                allowHttp = true;
                continue;
            }
            if (!VALUED.contains(option)) {
                throw new IllegalArgumentException("unknown option " + option);
            }
            if (value == null) {
                if (rest.isEmpty()) {
                    throw new IllegalArgumentException(option + " needs a value");
                }
                value = rest.remove(0);
            }
            switch (option) {
                case "--base-url" -> baseUrl = value;
                case "--client-id" -> clientId = value;
                case "--client-secret" -> clientSecret = value;
                case "--spec" -> spec = spec(value);
                case "--report-dir" -> reportDir = Path.of(value);
                case "--max-requests" -> maxRequests = positiveInt(option, value);
                case "--rate" -> rate = rate(value);
                case "--prefix" -> prefix = prefix(value);
                case "--webhook-url" -> webhookUrl = value;
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        if (clientSecret == null) {
            clientSecret = env.apply("MOODHOOD_CLIENT_SECRET");
        }
        require(baseUrl, "--base-url");
        require(clientId, "--client-id");
        require(clientSecret, "--client-secret");
        URI base = BaseUrlRule.parse(baseUrl);
        if (webhookUrl == null) {
            webhookUrl = "https://example.com/" + prefix + "/events";
        }
        return new Options(
                base, clientId, clientSecret, spec, reportDir, maxRequests, rate, allowHttp, prefix, webhookUrl);
    }

    private static void require(String value, String option) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(option + " is required");
        }
    }

    private static SpecChoice spec(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "full" -> SpecChoice.FULL;
            case "mirror" -> SpecChoice.MIRROR;
            default -> throw new IllegalArgumentException("--spec is full or mirror, not " + value);
        };
    }

    private static int positiveInt(String option, String value) {
        try {
            int n = Integer.parseInt(value);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(option + " is a positive whole number, not " + value);
    }

    private static double rate(String value) {
        String number = value.endsWith("/s") ? value.substring(0, value.length() - 2) : value;
        try {
            double rate = Double.parseDouble(number);
            if (rate > 0 && rate <= 1000) {
                return rate;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--rate is requests per second (0 < N <= 1000), e.g. 10/s, not " + value);
    }

    private static String prefix(String value) {
        if (!value.matches("[a-z][a-z0-9-]{1,15}")) {
            throw new IllegalArgumentException(
                    "--prefix is 2 to 16 lower-case letters, digits or dashes, starting with a letter: " + value);
        }
        return value;
    }
}
