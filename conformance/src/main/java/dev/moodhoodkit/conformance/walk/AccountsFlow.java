package dev.moodhoodkit.conformance.walk;

import static dev.moodhoodkit.conformance.http.ApiClient.body;
import static dev.moodhoodkit.conformance.walk.Session.field;

import dev.moodhoodkit.conformance.http.Call;
import dev.moodhoodkit.conformance.http.Exchange;
import java.util.Optional;

/**
 * The guide's first steps: a client token, two users and their tokens, the refresh grant, the
 * current user; then the Integration section (the caller's own client, personal tokens).
 */
final class AccountsFlow {

    private final Session s;

    AccountsFlow(Session session) {
        this.s = session;
    }

    /** Answers whether the walk can go on: it has a client token and two users with tokens. */
    boolean run() {
        s.clientToken = field(
                s.send(Call.to("getAccessToken")
                        .json(body(
                                "grant_type", "client_credentials",
                                "client_id", s.clientId,
                                "client_secret", s.clientSecret))
                        .expect("client_credentials with the given client", 200)),
                "access_token");
        if (s.clientToken == null) {
            s.ledger.runNote("no client token: check --client-id and --client-secret");
            return false;
        }
        s.owner = user("owner");
        s.member = user("member");
        if (s.owner == null || s.member == null) {
            return false;
        }
        s.send(Call.to("getAccessToken")
                .json(body(
                        "grant_type", "password",
                        "client_id", s.clientId,
                        "client_secret", s.clientSecret,
                        "username", s.owner.email,
                        "password", s.owner.password + "-wrong"))
                .expect("a wrong password is invalid_grant", 400));
        refresh();
        s.send(Call.to("getCurrentUser").token(s.owner.token).expect("the user token's own user", 200));
        integration();
        personalTokens();
        return true;
    }

    private Session.User user(String role) {
        Session.User user = s.newUser(role);
        user.id = field(
                s.send(Call.to("createNewUser")
                        .token(s.clientToken)
                        .json(body("email", user.email, "username", s.name(role), "password", user.password))
                        .expect("a new user with a client token", 201)),
                "id");
        if (user.id == null) {
            return null;
        }
        s.leftBehind.add("user " + user.email + " (the API has no call that deletes a user)");
        Optional<Exchange> token = s.send(Call.to("getAccessToken")
                .json(body(
                        "grant_type", "password",
                        "client_id", s.clientId,
                        "client_secret", s.clientSecret,
                        "username", user.email,
                        "password", user.password))
                .expect("the password grant with the user's email", 200));
        user.token = field(token, "access_token");
        user.refreshToken = field(token, "refresh_token");
        return user.token == null ? null : user;
    }

    /** The refresh grant, where the spec has it (the mirror's grant_type does not). */
    private void refresh() {
        if (s.owner.refreshToken == null) {
            return;
        }
        Optional<Exchange> pair = s.send(Call.to("getAccessToken")
                .json(body(
                        "grant_type", "refresh_token",
                        "client_id", s.clientId,
                        "client_secret", s.clientSecret,
                        "refresh_token", s.owner.refreshToken))
                .expect("a new pair for the refresh token", 200));
        String access = field(pair, "access_token");
        if (access != null) {
            s.owner.token = access;
            s.owner.refreshToken = field(pair, "refresh_token");
        }
    }

    private void integration() {
        if (!s.api.has("createIntegrationClient")) {
            return;
        }
        s.send(Call.to("getIntegrationClient").token(s.owner.token).expect("a new user has no client yet", 404));
        Optional<Exchange> created =
                s.send(Call.to("createIntegrationClient").token(s.owner.token).expect("the user's first client", 201));
        if (created.filter(Exchange::succeeded).isPresent()) {
            s.leftBehind.add("the Integration client " + created.get().text("clientId") + " of " + s.owner.email
                    + " (the API has no call that deletes it)");
        }
        s.send(Call.to("getIntegrationClient").token(s.owner.token).expect("the client just made", 200));
        s.send(Call.to("refreshIntegrationClientSecret").token(s.owner.token).expect("a new secret", 200));
    }

    private void personalTokens() {
        Optional<Exchange> created = s.send(Call.to("createPersonalToken")
                .token(s.owner.token)
                .json(body("name", s.name("personal token")))
                .expect("a personal token", 201));
        String id = field(created, "id");
        String token = field(created, "token");
        s.send(Call.to("listPersonalTokens")
                .token(s.owner.token)
                .query("limit", "10")
                .expect("the list", 200));
        if (id == null) {
            return;
        }
        s.send(Call.to("getCurrentUser").token(token).expect("a personal token acts as a user token", 200));
        s.send(Call.to("deletePersonalToken")
                .token(s.owner.token)
                .path("tokenId", id)
                .expect("the token is deleted", 204));
        s.send(Call.to("getCurrentUser").token(token).expect("a deleted personal token stops working", 401));
    }
}
