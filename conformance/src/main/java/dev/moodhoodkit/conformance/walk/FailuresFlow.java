package dev.moodhoodkit.conformance.walk;

import static dev.moodhoodkit.conformance.http.ApiClient.body;

import dev.moodhoodkit.conformance.http.Call;

/**
 * The mistakes a newcomer makes, whose answers the spec declares: a client token on a user
 * call, no token at all, a malformed body, a wrong client secret. (The second activation of an
 * invite is part of {@link InvitesFlow}.)
 */
final class FailuresFlow {

    private final Session s;

    FailuresFlow(Session session) {
        this.s = session;
    }

    void run() {
        s.send(Call.to("listSpaces").token(s.clientToken).expect("a client token on a user call answers 403", 403));
        s.send(Call.to("getCurrentUser").offContract().expect("no token answers 401", 401));
        s.send(Call.to("createSpace")
                .token(s.owner.token)
                .offContract("application/json", "{\"name\": \"" + s.name("malformed") + "\", ")
                .expect("a malformed body answers 400", 400));
        s.send(Call.to("getAccessToken")
                .json(body(
                        "grant_type", "client_credentials", "client_id", s.clientId, "client_secret", "not-the-secret"))
                .expect("a wrong client secret is invalid_client", 401));
    }
}
