package dev.moodhoodkit.server.invites;

import static dev.moodhoodkit.server.testing.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.moodhoodkit.server.testing.ApiResponse;
import dev.moodhoodkit.server.testing.ApiTest;
import dev.moodhoodkit.server.testing.TestUser;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The SpaceInvites calls over HTTP, every exchange checked against openapi.yaml. */
class InvitesApiTests extends ApiTest {

    private static final String PROBLEMS = "https://moodhood.online/problems/";

    private static String invites(String spaceId) {
        return "/v1/spaces/" + spaceId + "/invites";
    }

    private static String activate(String spaceId, String inviteId) {
        return invites(spaceId) + "/" + inviteId + "/activate";
    }

    @Test
    void createInviteAnswersCreatedWithLocationAndListsItAsPending() {
        TestUser owner = newUser();
        String space = fixtures.space(owner.token(), false);
        String expiresAt = Instant.now()
                .plus(7, ChronoUnit.DAYS)
                .truncatedTo(ChronoUnit.SECONDS)
                .toString();

        ApiResponse created = api.post(
                        invites(space), owner.token(), json("role", "role_space_user", "expiresAt", expiresAt))
                .assertStatus(201);
        String id = created.string("/id");
        assertThat(created.header("Location")).hasValue(invites(space) + "/" + id);

        ApiResponse list = api.get(invites(space), owner.token()).assertStatus(200);
        assertThat(list.body().get("total").asInt()).isEqualTo(1);
        assertThat(list.string("/items/0/id")).isEqualTo(id);
        assertThat(list.string("/items/0/status")).isEqualTo("pending");
        assertThat(list.string("/items/0/role")).isEqualTo("role_space_user");
        assertThat(list.string("/items/0/createdBy")).isEqualTo(owner.id());
        assertThat(Instant.parse(list.string("/items/0/expiresAt"))).isEqualTo(Instant.parse(expiresAt));
        assertThat(list.body().at("/items/0").has("activatedBy")).isFalse();
    }

    @Test
    void createInviteWithAnExpiryInThePastAnswersAValidationProblemOnExpiresAt() {
        TestUser owner = newUser();
        String space = fixtures.space(owner.token(), false);

        ApiResponse answer = api.post(
                        invites(space),
                        owner.token(),
                        json("role", "role_space_user", "expiresAt", "2020-01-01T00:00:00Z"))
                .assertStatus(422);

        assertThat(answer.string("/errors/0/field")).isEqualTo("expiresAt");
        assertThat(api.get(invites(space), owner.token()).body().get("total").asInt())
                .isZero();
    }

    @Test
    void createInviteWithAnUnknownRoleAnswersAValidationProblem() {
        TestUser owner = newUser();
        String space = fixtures.space(owner.token(), false);

        ApiResponse answer = api.request("POST", invites(space))
                .token(owner.token())
                .json(json("role", "role_space_owner"))
                .invalidRequest()
                .send()
                .assertStatus(422);

        assertThat(answer.string("/errors/0/field")).isEqualTo("role");
    }

    @Test
    void createInviteByAPlainMemberAnswersForbiddenAndByAModeratorIsAllowed() {
        TestUser owner = newUser();
        TestUser member = newUser();
        TestUser moderator = newUser();
        String space = fixtures.space(owner.token(), false);
        fixtures.admit(owner.token(), space, member.token(), "role_space_user");
        fixtures.admit(owner.token(), space, moderator.token(), "role_space_moderator");

        api.post(invites(space), member.token(), json("role", "role_space_user"))
                .assertStatus(403);
        api.post(invites(space), moderator.token(), json("role", "role_space_user"))
                .assertStatus(201);
    }

    @Test
    void createInviteInAPrivateSpaceOfAnotherUserAnswersNotFound() {
        String space = fixtures.space(newUser().token(), false);

        api.post(invites(space), newUser().token(), json("role", "role_space_moderator"))
                .assertStatus(404);
    }

    @Test
    void createInviteWithoutATokenAnswersUnauthorizedAndWithAClientTokenForbidden() {
        String space = fixtures.space(newUser().token(), true);

        api.request("POST", invites(space))
                .json(json("role", "role_space_user"))
                .invalidRequest()
                .send()
                .assertStatus(401);
        api.post(invites(space), clientToken(), json("role", "role_space_user")).assertStatus(403);
    }

    @Test
    void activateInviteAdmitsTheCallerToAPrivateSpaceWithTheInvitesRole() {
        TestUser owner = newUser();
        TestUser invitee = newUser();
        String space = fixtures.space(owner.token(), false);
        String invite = fixtures.invite(owner.token(), space, "role_space_moderator");
        api.get("/v1/spaces/" + space, invitee.token()).assertStatus(404);

        ApiResponse admitted =
                api.post(activate(space, invite), invitee.token(), null).assertStatus(200);

        assertThat(admitted.string("/spaceId")).isEqualTo(space);
        assertThat(admitted.string("/role")).isEqualTo("role_space_moderator");
        assertThat(api.get("/v1/spaces/" + space, invitee.token())
                        .assertStatus(200)
                        .string("/roleInSpace"))
                .isEqualTo("role_space_moderator");
        // The moderator role is real: the invitee may now manage the space.
        api.post(invites(space), invitee.token(), json("role", "role_space_user"))
                .assertStatus(201);
        ApiResponse activated =
                api.get(invites(space) + "?status=activated", owner.token()).assertStatus(200);
        assertThat(activated.string("/items/0/activatedBy")).isEqualTo(invitee.id());
        assertThat(activated.body().at("/items/0").has("activatedAt")).isTrue();
    }

    @Test
    void activateInviteTwiceAnswersConflict() {
        TestUser owner = newUser();
        TestUser first = newUser();
        String space = fixtures.space(owner.token(), false);
        String invite = fixtures.invite(owner.token(), space, "role_space_user");
        api.post(activate(space, invite), first.token(), null).assertStatus(200);

        ApiResponse again =
                api.post(activate(space, invite), first.token(), null).assertStatus(409);
        ApiResponse byAnother =
                api.post(activate(space, invite), newUser().token(), null).assertStatus(409);

        assertThat(again.problemType()).isEqualTo(PROBLEMS + "invite-already-activated");
        assertThat(byAnother.problemType()).isEqualTo(PROBLEMS + "invite-already-activated");
    }

    @Test
    void activateRevokedInviteAnswersConflictSayingSo() {
        TestUser owner = newUser();
        String space = fixtures.space(owner.token(), false);
        String invite = fixtures.invite(owner.token(), space, "role_space_user");
        api.delete(invites(space) + "/" + invite, owner.token()).assertStatus(204);

        ApiResponse answer =
                api.post(activate(space, invite), newUser().token(), null).assertStatus(409);

        assertThat(answer.problemType()).isEqualTo(PROBLEMS + "invite-revoked");
    }

    @Test
    void activateExpiredInviteAnswersConflictSayingSo() {
        TestUser owner = newUser();
        TestUser invitee = newUser();
        String space = fixtures.space(owner.token(), false);
        String invite = fixtures.invite(
                owner.token(), space, "role_space_user", clock.instant().plusSeconds(60));
        advance(Duration.ofMinutes(2));

        ApiResponse answer =
                api.post(activate(space, invite), invitee.token(), null).assertStatus(409);

        assertThat(answer.problemType()).isEqualTo(PROBLEMS + "invite-expired");
        api.get("/v1/spaces/" + space, invitee.token()).assertStatus(404);
    }

    @Test
    void activateInviteWithAClientTokenAnswersForbiddenAndLeavesItPending() {
        TestUser owner = newUser();
        String space = fixtures.space(owner.token(), false);
        String invite = fixtures.invite(owner.token(), space, "role_space_user");

        api.post(activate(space, invite), clientToken(), null).assertStatus(403);
        api.request("POST", activate(space, invite)).invalidRequest().send().assertStatus(401);

        assertThat(api.get(invites(space), owner.token()).string("/items/0/status"))
                .isEqualTo("pending");
    }

    @Test
    void activateUnknownInviteOrAnInviteUnderAnotherSpaceAnswersNotFound() {
        TestUser owner = newUser();
        String space = fixtures.space(owner.token(), false);
        String otherSpace = fixtures.space(owner.token(), false);
        String invite = fixtures.invite(owner.token(), space, "role_space_user");

        api.post(activate(space, "0123456789abcdef01234567"), newUser().token(), null)
                .assertStatus(404);
        api.post(activate(otherSpace, invite), newUser().token(), null).assertStatus(404);
        api.request("POST", activate(space, "not-an-id"))
                .token(newUser().token())
                .invalidRequest()
                .send()
                .assertStatus(400);
    }

    @Test
    void theOwnerActivatingTheirOwnInviteConsumesItAndStaysOwner() {
        TestUser owner = newUser();
        String space = fixtures.space(owner.token(), false);
        String invite = fixtures.invite(owner.token(), space, "role_space_user");

        api.post(activate(space, invite), owner.token(), null).assertStatus(200);

        assertThat(api.get("/v1/spaces/" + space, owner.token()).string("/roleInSpace"))
                .isEqualTo("role_space_owner");
        api.post(activate(space, invite), newUser().token(), null).assertStatus(409);
    }

    @Test
    void aSecondInviteReplacesTheMembersRole() {
        TestUser owner = newUser();
        TestUser member = newUser();
        String space = fixtures.space(owner.token(), false);
        fixtures.admit(owner.token(), space, member.token(), "role_space_user");

        fixtures.admit(owner.token(), space, member.token(), "role_space_moderator");

        assertThat(api.get("/v1/spaces/" + space, member.token()).string("/roleInSpace"))
                .isEqualTo("role_space_moderator");
    }

    @Test
    void twentyUsersActivatingOneInviteAtTheSameMomentAdmitExactlyOne() throws Exception {
        TestUser owner = newUser();
        String space = fixtures.space(owner.token(), false);
        String invite = fixtures.invite(owner.token(), space, "role_space_user");
        List<TestUser> users = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            users.add(newUser());
        }
        CountDownLatch ready = new CountDownLatch(users.size());
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(users.size());
        List<Future<ApiResponse>> answers = new ArrayList<>();
        try {
            for (TestUser user : users) {
                answers.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return api.post(activate(space, invite), user.token(), null);
                }));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            List<ApiResponse> done = new ArrayList<>();
            for (Future<ApiResponse> answer : answers) {
                done.add(answer.get(60, TimeUnit.SECONDS));
            }

            assertThat(done).filteredOn(a -> a.status() == 200).hasSize(1);
            assertThat(done)
                    .filteredOn(a -> a.status() == 409)
                    .hasSize(19)
                    .allSatisfy(a -> assertThat(a.problemType()).isEqualTo(PROBLEMS + "invite-already-activated"));
            String winner = users.get(indexOf(done, 200)).id();
            ApiResponse members =
                    api.get(invites(space) + "?status=activated", owner.token()).assertStatus(200);
            assertThat(members.string("/items/0/activatedBy")).isEqualTo(winner);
            long admitted = jdbc.sql("SELECT COUNT(*) FROM space_members WHERE space_id = ?")
                    .param(space)
                    .query(Long.class)
                    .single();
            assertThat(admitted).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void revokeInviteTwiceIsHarmlessAndTheInviteStaysRevoked() {
        TestUser owner = newUser();
        String space = fixtures.space(owner.token(), false);
        String invite = fixtures.invite(owner.token(), space, "role_space_user");

        api.delete(invites(space) + "/" + invite, owner.token()).assertStatus(204);
        api.delete(invites(space) + "/" + invite, owner.token()).assertStatus(204);

        assertThat(api.get(invites(space), owner.token()).string("/items/0/status"))
                .isEqualTo("revoked");
    }

    @Test
    void revokeActivatedInviteAnswersConflict() {
        TestUser owner = newUser();
        String space = fixtures.space(owner.token(), false);
        String invite = fixtures.invite(owner.token(), space, "role_space_user");
        api.post(activate(space, invite), newUser().token(), null).assertStatus(200);

        ApiResponse answer =
                api.delete(invites(space) + "/" + invite, owner.token()).assertStatus(409);

        assertThat(answer.problemType()).isEqualTo(PROBLEMS + "invite-already-activated");
    }

    @Test
    void revokeInviteByAPlainMemberAnswersForbiddenAndOfAnUnknownInviteNotFound() {
        TestUser owner = newUser();
        TestUser member = newUser();
        String space = fixtures.space(owner.token(), false);
        fixtures.admit(owner.token(), space, member.token(), "role_space_user");
        String invite = fixtures.invite(owner.token(), space, "role_space_user");

        api.delete(invites(space) + "/" + invite, member.token()).assertStatus(403);
        api.delete(invites(space) + "/0123456789abcdef01234567", owner.token()).assertStatus(404);
        api.delete(invites(space) + "/" + invite, newUser().token()).assertStatus(404);
    }

    @Test
    void listInvitesFiltersByTheDerivedStatus() {
        TestUser owner = newUser();
        String space = fixtures.space(owner.token(), false);
        String pending = fixtures.invite(owner.token(), space, "role_space_user");
        String activated = fixtures.invite(owner.token(), space, "role_space_user");
        String revoked = fixtures.invite(owner.token(), space, "role_space_user");
        String expired = fixtures.invite(
                owner.token(), space, "role_space_user", clock.instant().plusSeconds(60));
        api.post(activate(space, activated), newUser().token(), null).assertStatus(200);
        api.delete(invites(space) + "/" + revoked, owner.token()).assertStatus(204);
        advance(Duration.ofMinutes(2));

        assertThat(ids(api.get(invites(space), owner.token()).assertStatus(200)))
                .containsExactly(expired, revoked, activated, pending);
        assertThat(ids(api.get(invites(space) + "?status=pending", owner.token())
                        .assertStatus(200)))
                .containsExactly(pending);
        assertThat(ids(api.get(invites(space) + "?status=activated", owner.token())
                        .assertStatus(200)))
                .containsExactly(activated);
        assertThat(ids(api.get(invites(space) + "?status=revoked", owner.token())
                        .assertStatus(200)))
                .containsExactly(revoked);
        ApiResponse onlyExpired =
                api.get(invites(space) + "?status=expired", owner.token()).assertStatus(200);
        assertThat(ids(onlyExpired)).containsExactly(expired);
        assertThat(onlyExpired.string("/items/0/status")).isEqualTo("expired");
        assertThat(onlyExpired.body().get("total").asInt()).isEqualTo(1);
        ApiResponse page =
                api.get(invites(space) + "?limit=2&offset=1", owner.token()).assertStatus(200);
        assertThat(ids(page)).containsExactly(revoked, activated);
        assertThat(page.body().get("total").asInt()).isEqualTo(4);
    }

    @Test
    void listInvitesWithAnUnknownStatusAnswersBadRequest() {
        TestUser owner = newUser();
        String space = fixtures.space(owner.token(), false);

        api.request("GET", invites(space) + "?status=lost")
                .token(owner.token())
                .invalidRequest()
                .send()
                .assertStatus(400);
    }

    @Test
    void listInvitesByAPlainMemberAnswersForbiddenAndByAStrangerNotFound() {
        TestUser owner = newUser();
        TestUser member = newUser();
        String space = fixtures.space(owner.token(), false);
        fixtures.admit(owner.token(), space, member.token(), "role_space_user");

        api.get(invites(space), member.token()).assertStatus(403);
        api.get(invites(space), newUser().token()).assertStatus(404);
        api.get(invites(space), clientToken()).assertStatus(403);
    }

    private static List<String> ids(ApiResponse list) {
        return list.body().get("items").findValuesAsString("id");
    }

    private static int indexOf(List<ApiResponse> answers, int status) {
        for (int i = 0; i < answers.size(); i++) {
            if (answers.get(i).status() == status) {
                return i;
            }
        }
        throw new AssertionError("no " + status);
    }
}
