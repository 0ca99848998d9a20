package dev.moodhoodkit.conformance.walk;

import dev.moodhoodkit.conformance.http.ApiClient;
import dev.moodhoodkit.conformance.http.Call;
import dev.moodhoodkit.conformance.http.Exchange;
import dev.moodhoodkit.conformance.report.Ledger;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * What the walk has made so far (tokens, users, ids), shared by its flows, and the names it
 * gives things: {@code <prefix>-<run id>}, so that whatever a run leaves behind is easy to find.
 */
final class Session {

    /** A user the walk created, with its token once it has one. */
    static final class User {
        final String email;
        final String password;
        String id;
        String token;
        String refreshToken;

        User(String email, String password) {
            this.email = email;
            this.password = password;
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    final ApiClient api;
    final Ledger ledger;
    final String clientId;
    final String clientSecret;
    final String runName;
    final String webhookUrl;
    final List<String> leftBehind = new ArrayList<>();

    String clientToken;
    User owner;
    User member;
    String spaceId;
    String roomId;
    String participantId;
    String callId;
    String recordId;

    Session(ApiClient api, Ledger ledger, String clientId, String clientSecret, String prefix, String webhookUrl) {
        this.api = api;
        this.ledger = ledger;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.runName = prefix + "-" + HexFormat.of().formatHex(randomBytes(3));
        this.webhookUrl = webhookUrl;
    }

    /** A name for something the run creates: {@code <prefix>-<run id> <what>}. */
    String name(String what) {
        return runName + " " + what;
    }

    User newUser(String role) {
        return new User(
                runName + "-" + role + "@example.com", "Pw-" + HexFormat.of().formatHex(randomBytes(12)));
    }

    Optional<Exchange> send(Call call) {
        return api.send(call);
    }

    /** A text field of a successful answer, or null when the call failed or was not sent. */
    static String field(Optional<Exchange> exchange, String name) {
        return exchange.filter(Exchange::succeeded).map(e -> e.text(name)).orElse(null);
    }

    /**
     * Marks {@code operationIds} impossible to reach when the chosen spec lacks {@code needed},
     * the only way there; answers whether every needed operation is there.
     */
    boolean reachable(String needed, String... operationIds) {
        if (api.has(needed)) {
            return true;
        }
        for (String operationId : operationIds) {
            ledger.unreachable(operationId, "needs " + needed + ", which this spec does not have");
        }
        return false;
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
