package dev.moodhoodkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.moodhoodkit.client.errors.AuthenticationException;
import dev.moodhoodkit.client.model.CreatePersonalTokenRequest;
import dev.moodhoodkit.client.model.CreateSpaceRequest;
import dev.moodhoodkit.client.model.CreatedPersonalToken;
import dev.moodhoodkit.client.model.User;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Token handling against the real server, whose access tokens live
 * {@link ReferenceServer#ACCESS_TOKEN_TTL}: the test waits past that lifetime (once, for every
 * client at the same time) and reads from the wire what each client did about it.
 */
class EndToEndTokenTests extends EndToEndSupport {

    private static final String TOKEN = "POST /v1/auth/token";
    private static final String ME = "GET /v1/users/me";

    @Test
    void expiredTokensAreRenewedByTheRefreshGrantBeforeOrAfterTheServerRefusesThem() throws Exception {
        TestUser anna = newUser("Anna");
        CreatedPersonalToken personalToken =
                anna.client().integration().createPersonalToken(new CreatePersonalTokenRequest().name("e2e"));
        // A client token may read public spaces.
        String publicSpaceId = anna.client()
                .spaces()
                .createSpace(new CreateSpaceRequest().name("Open").isPublic(true))
                .getId();
        // The second client's clock stands still: it believes its token fresh, the server does not.
        Clock frozen = Clock.fixed(Instant.now(), ZoneOffset.UTC);
        try (RecordingTransport renewingWire = new RecordingTransport();
                RecordingTransport unawareWire = new RecordingTransport();
                RecordingTransport clientWire = new RecordingTransport();
                RecordingTransport personalWire = new RecordingTransport()) {
            try (MoodhoodClient renewing = asAnna(anna, renewingWire).build();
                    MoodhoodClient unaware =
                            asAnna(anna, unawareWire).clock(frozen).build();
                    MoodhoodClient clientToken =
                            clientBuilder().httpClient(clientWire).build();
                    MoodhoodClient personal = MoodhoodClient.builder()
                            .baseUrl(ReferenceServer.baseUrl())
                            .personalToken(personalToken.getToken())
                            .httpClient(personalWire)
                            .build()) {

                assertThat(renewing.users().getCurrentUser().getId()).isEqualTo(anna.id());
                assertThat(unaware.users().getCurrentUser().getId()).isEqualTo(anna.id());
                assertThat(clientToken.spaces().getSpace(publicSpaceId).getId()).isEqualTo(publicSpaceId);
                assertThat(personal.users().getCurrentUser().getId()).isEqualTo(anna.id());

                Thread.sleep(ReferenceServer.ACCESS_TOKEN_TTL.plusSeconds(1).toMillis());

                // Twenty calls at once after expiry: one refresh, shared by all.
                assertThat(concurrently(20, () -> renewing.users().getCurrentUser()))
                        .extracting(User::getId)
                        .containsOnly(anna.id());
                assertThat(unaware.users().getCurrentUser().getId()).isEqualTo(anna.id());
                assertThat(clientToken.spaces().getSpace(publicSpaceId).getId()).isEqualTo(publicSpaceId);
                assertThat(personal.users().getCurrentUser().getId()).isEqualTo(anna.id());
            }

            // Renewed before sending: the server never saw the expired token.
            List<String> renewingSaw = new ArrayList<>(
                    List.of(TOKEN + " password -> 200", ME + " -> 200", TOKEN + " refresh_token -> 200"));
            renewingSaw.addAll(Collections.nCopies(20, ME + " -> 200"));
            assertThat(renewingWire.exchanges()).containsExactlyElementsOf(renewingSaw);
            // Sent the expired token, was refused, refreshed, repeated the call once.
            assertThat(unawareWire.exchanges())
                    .containsExactly(
                            TOKEN + " password -> 200",
                            ME + " -> 200",
                            ME + " -> 401",
                            TOKEN + " refresh_token -> 200",
                            ME + " -> 200");
            assertThat(clientWire.exchanges())
                    .containsExactly(
                            TOKEN + " client_credentials -> 200", "GET /v1/spaces/" + publicSpaceId + " -> 200",
                            TOKEN + " refresh_token -> 200", "GET /v1/spaces/" + publicSpaceId + " -> 200");
            // A personal token does not expire: no token requests at all.
            assertThat(personalWire.exchanges()).containsExactly(ME + " -> 200", ME + " -> 200");
        }
    }

    @Test
    void aDeletedPersonalTokenIsRefusedAtOnce() {
        TestUser anna = newUser("Anna");
        CreatedPersonalToken token = anna.client()
                .integration()
                .createPersonalToken(new CreatePersonalTokenRequest().name("CRM integration"));
        assertThat(token.getToken()).isNotBlank();
        try (RecordingTransport wire = new RecordingTransport();
                MoodhoodClient personal = MoodhoodClient.builder()
                        .baseUrl(ReferenceServer.baseUrl())
                        .personalToken(token.getToken())
                        .httpClient(wire)
                        .build()) {
            String spaceId = personal.spaces()
                    .createSpace(new CreateSpaceRequest().name("Made with a personal token"))
                    .getId();
            assertThat(anna.client().spaces().getSpace(spaceId).getOwnerId()).isEqualTo(anna.id());
            assertThat(anna.client()
                            .integration()
                            .listPersonalTokens(null, null)
                            .getItems())
                    .singleElement()
                    .satisfies(listed -> assertThat(listed.getName()).isEqualTo("CRM integration"));

            anna.client().integration().deletePersonalToken(token.getId());
            AuthenticationException e = catchThrowableOfType(
                    AuthenticationException.class, () -> personal.users().getCurrentUser());

            assertThat(e.status()).isEqualTo(401);
            assertThat(e.typeUri()).isEqualTo(URI.create("https://moodhood.online/problems/unauthorized"));
            // Nothing to renew a personal token with: the 401 is final, the call not repeated.
            assertThat(wire.exchanges()).containsExactly("POST /v1/spaces -> 201", ME + " -> 401");
        }
    }

    @Test
    void aViewWithAPersonalTokenSharesTheClient() {
        TestUser anna = newUser("Anna");
        String token = anna.client()
                .integration()
                .createPersonalToken(new CreatePersonalTokenRequest().name("view"))
                .getToken();

        MoodhoodClient view = moodhood.withPersonalToken(token);

        assertThat(view.users().getCurrentUser().getEmail()).isEqualTo(anna.email());
        assertThat(view.toString()).doesNotContain(token);
    }

    private static MoodhoodClientBuilder asAnna(TestUser anna, RecordingTransport wire) {
        return clientBuilder().userCredentials(anna.email(), PASSWORD).httpClient(wire);
    }

    private static <T> List<T> concurrently(int calls, java.util.concurrent.Callable<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
