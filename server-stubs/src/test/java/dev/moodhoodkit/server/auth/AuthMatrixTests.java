package dev.moodhoodkit.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import dev.moodhoodkit.server.testing.Api;
import dev.moodhoodkit.server.testing.ApiResponse;
import dev.moodhoodkit.server.testing.ApiTest;
import dev.moodhoodkit.server.testing.SpecOperations;
import dev.moodhoodkit.server.testing.SpecOperations.SpecOperation;
import dev.moodhoodkit.server.testing.TestUser;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every operation of openapi.yaml (read from the spec, not listed by hand) against every way a
 * caller can be wrong about its token, each answer checked against what the operation declares:
 * <ul>
 *   <li>no token, garbage, an expired token, a wrong signature, {@code alg: none}, a refresh
 *       token used as an access token: 401 everywhere but the token endpoint. The forged tokens
 *       carry a real user's claims, so only the one defect differs;</li>
 *   <li>a client token: 403 where the operation's security has no ClientToken, accepted
 *       (never 401 nor 403) where it has;</li>
 *   <li>another user's token on a user's private resources: 404 (403 where 404 is not
 *       declared), while the owner's same request is allowed.</li>
 * </ul>
 * Operations whose generated interface no controller implements yet are reported skipped for the
 * last two kinds (the 401s hold for them already: authentication comes first).
 */
class AuthMatrixTests extends ApiTest {

    private static final String TOKEN_ENDPOINT = "getAccessToken";

    @Autowired
    private SigningKey signingKey;

    @Test
    void theTokenEndpointIsTheOnlyOperationWithoutSecurity() {
        assertThat(SpecOperations.all())
                .filteredOn(op -> op.securitySchemes().isEmpty())
                .extracting(SpecOperation::operationId)
                .containsExactly(TOKEN_ENDPOINT);
        assertThat(SpecOperations.all())
                .filteredOn(op -> !op.securitySchemes().isEmpty())
                .allSatisfy(op -> assertThat(op.securitySchemes()).isSubsetOf("ClientToken", "UserToken"));
    }

    @TestFactory
    Stream<DynamicNode> everyOperationAnswers401ToABadToken() {
        TestUser user = newUser();
        Map<String, String> badTokens = badTokens(user);
        Map<String, String> ids = randomIds();
        return securedOperations()
                .map(op -> dynamicContainer(
                        op.toString(),
                        badTokens.entrySet().stream()
                                .map(bad -> dynamicTest(bad.getKey(), () -> {
                                    Api.Call call = api.request(op.method(), op.url(ids))
                                            .invalidRequest();
                                    op.jsonExample().ifPresent(call::json);
                                    if (bad.getValue() != null) {
                                        call.header("Authorization", "Bearer " + bad.getValue());
                                    }
                                    ApiResponse answer = call.send();
                                    assertThat(answer.status())
                                            .as("%s with %s: %s", op, bad.getKey(), answer.text())
                                            .isEqualTo(401);
                                    assertThat(answer.header("Content-Type"))
                                            .hasValueSatisfying(
                                                    type -> assertThat(type).startsWith("application/problem+json"));
                                }))));
    }

    @TestFactory
    Stream<DynamicNode> aClientTokenIsRefusedWhereOnlyUserTokensAreDeclared() {
        TestUser owner = newUser();
        TestUser other = newUser();
        return securedOperations()
                .map(op -> dynamicTest(op.toString(), () -> {
                    Fixture fixture = fixture(owner, other);
                    ApiResponse answer = send(op, clientToken(), fixture);
                    if (op.takes("ClientToken")) {
                        assertThat(answer.status())
                                .as("%s takes client tokens: %s", op, answer.text())
                                .isNotIn(401, 403);
                    } else {
                        assertThat(answer.status())
                                .as("%s is for user tokens only: %s", op, answer.text())
                                .isEqualTo(403);
                    }
                }));
    }

    @TestFactory
    Stream<DynamicNode> anotherUsersTokenCannotReachAUsersPrivateResources() {
        TestUser owner = newUser();
        TestUser other = newUser();
        return securedOperations()
                .filter(AuthMatrixTests::reachesSomeonesResources)
                .map(op -> dynamicTest(op.toString(), () -> {
                    Fixture fixture = fixture(owner, other);

                    int expected = op.declares(404) ? 404 : 403;
                    ApiResponse stranger = send(op, other.token(), fixture);
                    assertThat(stranger.status())
                            .as("%s with another user's token: %s", op, stranger.text())
                            .isEqualTo(expected);

                    // The owner's same request is allowed: the refusal above is about who asks.
                    ApiResponse ownerAnswer = send(op, owner.token(), fixture);
                    assertThat(ownerAnswer.status())
                            .as("%s with the owner's token: %s", op, ownerAnswer.text())
                            .isNotIn(401, 403);
                    if (fixture.allReal(op)) {
                        assertThat(ownerAnswer.status())
                                .as("%s with the owner's token: %s", op, ownerAnswer.text())
                                .isNotEqualTo(404);
                    }
                }));
    }

    /**
     * Operations that name someone's resource: by a path id, or by ids in the body (meeting
     * settings). An invite's id is itself the permission to use it (activateInvite is called
     * by the invited user on someone else's space): the race tests cover it.
     */
    private static boolean reachesSomeonesResources(SpecOperation op) {
        if (op.operationId().equals("activateInvite")) {
            return false;
        }
        return !op.pathParameters().isEmpty()
                || op.jsonExample()
                        .map(body -> body.contains("\"spaceId\"") || body.contains("\"roomId\""))
                        .orElse(false);
    }

    private static Stream<SpecOperation> securedOperations() {
        return SpecOperations.all().stream().filter(op -> !op.operationId().equals(TOKEN_ENDPOINT));
    }

    private ApiResponse send(SpecOperation op, String token, Fixture fixture) {
        Api.Call call = api.request(op.method(), op.url(fixture.ids)).token(token);
        op.jsonExample().ifPresent(example -> call.json(fixture.body(example)));
        return call.send();
    }

    // ---- tokens ------------------------------------------------------------------------

    /** Six tokens that must not open anything; null means no Authorization header at all. */
    private Map<String, String> badTokens(TestUser user) {
        try {
            JWTClaimsSet real = SignedJWT.parse(user.token()).getJWTClaimsSet();
            Instant now = Instant.now();
            JWTClaimsSet expired = new JWTClaimsSet.Builder(real)
                    .issueTime(Date.from(now.minus(2, ChronoUnit.HOURS)))
                    .expirationTime(Date.from(now.minus(1, ChronoUnit.HOURS)))
                    .build();
            byte[] otherKey = new byte[32];
            new SecureRandom().nextBytes(otherKey);

            Map<String, String> tokens = new LinkedHashMap<>();
            tokens.put("no token", null);
            tokens.put("garbage", "garbage.not-a-jwt");
            tokens.put("expired (right key)", hs256(expired, signingKey.bytes()));
            tokens.put("wrong signature", hs256(real, otherKey));
            tokens.put("alg none", new PlainJWT(real).serialize());
            tokens.put("refresh token as access token", user.refreshToken());
            return tokens;
        } catch (ParseException | JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hs256(JWTClaimsSet claims, byte[] key) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        jwt.sign(new MACSigner(key));
        return jwt.serialize();
    }

    @Test
    void theForgedExpiredTokenDiffersFromAWorkingOneOnlyInItsLifetime() {
        // Guards the matrix itself: signed with the server's key and fresh, the same claims work.
        TestUser user = newUser();
        try {
            JWTClaimsSet real = SignedJWT.parse(user.token()).getJWTClaimsSet();
            JWTClaimsSet fresh = new JWTClaimsSet.Builder(real)
                    .issueTime(new Date())
                    .expirationTime(Date.from(Instant.now().plus(5, ChronoUnit.MINUTES)))
                    .build();
            api.get("/v1/users/me", hs256(fresh, signingKey.bytes())).assertStatus(200);
        } catch (ParseException | JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- fixtures ----------------------------------------------------------------------

    private static Map<String, String> randomIds() {
        Map<String, String> ids = new HashMap<>();
        for (String name : List.of(
                "spaceId", "roomId", "inviteId", "participantId", "recordId", "tokenId", "callId", "targetUserId")) {
            ids.put(name, randomId());
        }
        return ids;
    }

    private static String randomId() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** The owner's private resources, fresh for each request (some operations delete them). */
    private Fixture fixture(TestUser owner, TestUser other) {
        Map<String, String> ids = randomIds();
        Set<String> real = new HashSet<>();
        String spaceId = fixtures.space(owner.token(), false);
        String roomId = fixtures.room(owner.token(), spaceId, false);
        // A space's webhook is a sub-resource that may not exist (its calls answer 404 then):
        // make it, so that the owner's webhook calls name something that exists.
        fixtures.webhook(owner.token(), spaceId, "https://example.com/moodhood/events", true);
        String inviteId = fixtures.invite(owner.token(), spaceId, "role_space_user");
        String participantId = api.post(
                        "/v1/spaces/" + spaceId + "/participants",
                        owner.token(),
                        Map.of("name", "Owner", "roomId", roomId))
                .assertStatus(201)
                .string("/id");
        String tokenId = api.post("/v1/users/me/personal-tokens", owner.token(), Map.of("name", "matrix"))
                .assertStatus(201)
                .string("/id");
        Map.of(
                        "targetUserId", other.id(),
                        "tokenId", tokenId,
                        "spaceId", spaceId,
                        "roomId", roomId,
                        "inviteId", inviteId,
                        "participantId", participantId)
                .forEach((name, id) -> {
                    ids.put(name, id);
                    real.add(name);
                });
        return new Fixture(ids, real);
    }

    /** Ids to put in paths, queries and bodies, and which of them name things that exist. */
    private record Fixture(Map<String, String> ids, Set<String> real) {

        /** The spec's example body with the ids it names replaced by this fixture's. */
        String body(String example) {
            ObjectNode body = (ObjectNode) Api.JSON.readTree(example);
            for (String name : ids.keySet()) {
                if (body.has(name)) {
                    body.put(name, ids.get(name));
                }
            }
            return body.toString();
        }

        /** Whether every id the operation sends names something that exists. */
        boolean allReal(SpecOperation op) {
            Set<String> used = new HashSet<>(op.pathParameters());
            used.addAll(op.requiredQuery().keySet());
            op.jsonExample()
                    .ifPresent(example -> ids.keySet().stream()
                            .filter(name -> example.contains("\"" + name + "\""))
                            .forEach(used::add));
            return real.containsAll(used);
        }
    }
}
