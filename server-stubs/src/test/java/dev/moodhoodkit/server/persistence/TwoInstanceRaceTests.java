package dev.moodhoodkit.server.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moodhoodkit.server.testing.Api;
import dev.moodhoodkit.server.testing.ApiResponse;
import dev.moodhoodkit.server.testing.DatabaseAvailable;
import dev.moodhoodkit.server.testing.Race;
import dev.moodhoodkit.server.testing.ServerInstance;
import dev.moodhoodkit.server.testing.TestUser;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Single use holds across server instances: two servers (two Spring contexts on two ports)
 * share one database, and 50 callers spread over both use one invite, or one one-time guest
 * link, at the same moment. Exactly one wins; the others get the spec's refusal, and nothing
 * of a loser's attempt is left behind. On the PostgreSQL build the shared database is a
 * PostgreSQL schema; on the H2 build a named in-memory H2 that both contexts open.
 */
@ExtendWith(DatabaseAvailable.class)
class TwoInstanceRaceTests {

    private static final int RACERS = 50;

    private static TwoInstances servers;
    private static ServerInstance first;
    private static ServerInstance second;

    @AfterAll
    static void stopServers() {
        if (servers != null) {
            servers.close();
        }
    }

    /** The two servers, started on first use (no test that needs them may be skipped into starting them). */
    private static synchronized void startServers() {
        if (servers == null) {
            servers = TwoInstances.start("race_");
            first = servers.first();
            second = servers.second();
        }
    }

    private static Api instance(int racer) {
        return servers.forRacer(racer);
    }

    @Test
    void fiftyUsersActivatingOneInviteOnTwoInstancesAdmitExactlyOne() {
        startServers();
        String clientToken = first.clientToken();
        TestUser owner = first.newUser(clientToken);
        String spaceId = first.api()
                .post("/v1/spaces", owner.token(), Map.of("name", "Race school", "isPublic", false))
                .assertStatus(201)
                .string("/id");
        String inviteId = first.api()
                .post("/v1/spaces/" + spaceId + "/invites", owner.token(), Map.of("role", "role_space_user"))
                .assertStatus(201)
                .string("/id");
        List<TestUser> users = racers(clientToken);

        List<ApiResponse> answers = Race.of(
                RACERS,
                i -> instance(i)
                        .post(
                                "/v1/spaces/" + spaceId + "/invites/" + inviteId + "/activate",
                                users.get(i).token(),
                                null));

        List<Integer> winners = IntStream.range(0, RACERS)
                .filter(i -> answers.get(i).status() == 200)
                .boxed()
                .toList();
        assertThat(winners).as("racers answered 200").hasSize(1);
        List<ApiResponse> losers =
                answers.stream().filter(a -> a.status() != 200).toList();
        assertThat(losers)
                .extracting(ApiResponse::status)
                .as("the losers' statuses")
                .containsOnly(409);
        assertThat(losers.stream().map(ApiResponse::problemType).collect(Collectors.toSet()))
                .as("one kind of conflict")
                .hasSize(1);

        // Only the winner got in, whichever instance is asked; the invite is used up.
        int winner = winners.get(0);
        for (int i = 0; i < RACERS; i++) {
            instance(i + 1).get("/v1/spaces/" + spaceId, users.get(i).token()).assertStatus(i == winner ? 200 : 404);
        }
        ApiResponse invites = second.api()
                .get("/v1/spaces/" + spaceId + "/invites", owner.token())
                .assertStatus(200);
        assertThat(invites.string("/items/0/status")).isEqualTo("activated");
    }

    @Test
    void fiftyParticipantsOnOneOneTimeGuestLinkOnTwoInstancesRegisterExactlyOne() {
        startServers();
        Room room = room();
        String guestToken = guestToken(room, false);

        List<ApiResponse> answers = Race.of(
                RACERS,
                i -> instance(i)
                        .post(
                                "/v1/spaces/" + room.spaceId + "/participants",
                                guestToken,
                                Map.of("name", "Guest " + i, "roomId", room.roomId)));

        assertThat(answers.stream().filter(a -> a.status() == 201).count())
                .as("racers answered 201")
                .isEqualTo(1);
        List<ApiResponse> losers =
                answers.stream().filter(a -> a.status() != 201).toList();
        // The spec: with a one-time link's token, createParticipant is the link's one use; a second answers 409.
        assertThat(losers)
                .extracting(ApiResponse::status)
                .as("the losers' statuses")
                .containsOnly(409);
        assertThat(losers.stream().map(ApiResponse::problemType).collect(Collectors.toSet()))
                .as("one kind of conflict")
                .hasSize(1);
    }

    @Test
    void aPermanentGuestLinkLetsAllFiftyRegisterAtOnce() {
        // The control of the one-time race: the same load on a permanent link all succeeds, so
        // the single winner there is the link's single use, not the load.
        startServers();
        Room room = room();
        String guestToken = guestToken(room, true);

        List<ApiResponse> answers = Race.of(
                RACERS,
                i -> instance(i)
                        .post(
                                "/v1/spaces/" + room.spaceId + "/participants",
                                guestToken,
                                Map.of("name", "Guest " + i, "roomId", room.roomId)));

        assertThat(answers).extracting(ApiResponse::status).containsOnly(201);
        assertThat(answers.stream().map(a -> a.string("/id")).distinct().count())
                .isEqualTo(RACERS);
    }

    private record Room(String spaceId, String roomId, TestUser owner) {}

    private static Room room() {
        TestUser owner = first.newUser(first.clientToken());
        String spaceId = first.api()
                .post("/v1/spaces", owner.token(), Map.of("name", "Guest school", "isPublic", false))
                .assertStatus(201)
                .string("/id");
        String roomId = first.api()
                .post(
                        "/v1/spaces/" + spaceId + "/rooms",
                        owner.token(),
                        Map.of("name", "Guest lesson", "isPublic", false))
                .assertStatus(201)
                .string("/id");
        return new Room(spaceId, roomId, owner);
    }

    /** The access token of a new guest link (from the query of its URL). */
    private static String guestToken(Room room, boolean permanent) {
        String url = second.api()
                .post(
                        "/v1/spaces/" + room.spaceId + "/rooms/" + room.roomId + "/generate-access",
                        room.owner.token(),
                        Map.of("username", "Guest", "role", "user", "isPermanent", permanent))
                .assertStatus(200)
                .string("/url");
        for (String pair : URI.create(url).getRawQuery().split("&")) {
            if (pair.startsWith("accessToken=")) {
                return URLDecoder.decode(pair.substring("accessToken=".length()), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no accessToken in the guest link " + url);
    }

    /** 50 users with user tokens, made on both instances, a few at a time. */
    private static List<TestUser> racers(String clientToken) {
        return IntStream.range(0, RACERS)
                .parallel()
                .mapToObj(i -> (i % 2 == 0 ? first : second).newUser(clientToken))
                .toList();
    }
}
