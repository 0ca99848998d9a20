package dev.moodhoodkit.server.invites;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moodhoodkit.server.testing.ApiResponse;
import dev.moodhoodkit.server.testing.DatabaseAvailable;
import dev.moodhoodkit.server.testing.Fixtures;
import dev.moodhoodkit.server.testing.ServerInstance;
import dev.moodhoodkit.server.testing.TestDatabase;
import dev.moodhoodkit.server.testing.TestUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Single use holds across server instances: two servers on one database (one in-memory H2 on the
 * H2 build, one PostgreSQL schema on the PostgreSQL build), 50 users activating one invite at the
 * same moment through either of them: exactly one is admitted.
 */
@ExtendWith(DatabaseAvailable.class)
class InviteRaceTests {

    private static final int USERS = 50;

    private final String name = "race_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    @AfterEach
    void dropSchema() {
        TestDatabase.drop(name);
    }

    @Test
    void fiftyUsersActivatingOneInviteThroughTwoServersAdmitExactlyOne() throws Exception {
        Map<String, Object> database = TestDatabase.shared(name);
        try (ServerInstance first = ServerInstance.start(database); ServerInstance second = ServerInstance.start(database)) {
            String clientToken = first.clientToken();
            TestUser owner = first.newUser(clientToken);
            Fixtures fixtures = new Fixtures(first.api());
            String space = fixtures.space(owner.token(), false);
            String invite = fixtures.invite(owner.token(), space, "role_space_user");
            List<TestUser> users = new ArrayList<>();
            for (int i = 0; i < USERS; i++) {
                users.add(first.newUser(clientToken));
            }
            String path = "/v1/spaces/" + space + "/invites/" + invite + "/activate";

            CountDownLatch ready = new CountDownLatch(USERS);
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(USERS);
            List<ApiResponse> answers = new ArrayList<>();
            try {
                List<Future<ApiResponse>> pending = new ArrayList<>();
                for (int i = 0; i < USERS; i++) {
                    ServerInstance server = i % 2 == 0 ? first : second;
                    TestUser user = users.get(i);
                    pending.add(pool.submit(() -> {
                        ready.countDown();
                        go.await();
                        return server.api().post(path, user.token(), null);
                    }));
                }
                assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
                go.countDown();
                for (Future<ApiResponse> answer : pending) {
                    answers.add(answer.get(120, TimeUnit.SECONDS));
                }
            } finally {
                pool.shutdownNow();
            }

            assertThat(answers).filteredOn(a -> a.status() == 200).hasSize(1);
            assertThat(answers).filteredOn(a -> a.status() == 409).hasSize(USERS - 1)
                    .allSatisfy(a -> assertThat(a.problemType()).endsWith("/invite-already-activated"));
            ApiResponse members = second.api().get("/v1/spaces/" + space + "/invites?status=activated", owner.token())
                    .assertStatus(200);
            String winner = users.get(answers.indexOf(answers.stream().filter(a -> a.status() == 200).findFirst()
                    .orElseThrow())).id();
            assertThat(members.string("/items/0/activatedBy")).isEqualTo(winner);
            assertThat(second.api().get("/v1/spaces", winner(users, winner).token()).assertStatus(200)
                    .body().get("total").asInt()).isEqualTo(1);
        }
    }

    private static TestUser winner(List<TestUser> users, String id) {
        return users.stream().filter(u -> u.id().equals(id)).findFirst().orElseThrow();
    }
}
