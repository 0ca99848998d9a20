package dev.moodhoodkit.server.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moodhoodkit.server.testing.ApiResponse;
import dev.moodhoodkit.server.testing.ApiTest;
import dev.moodhoodkit.server.testing.TestUser;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class WebHookApiTests extends ApiTest {

    private static final String URL = "https://example.com/moodhood/events";

    private String webhookPath(String spaceId) {
        return "/v1/spaces/" + spaceId + "/webhook";
    }

    @Test
    void ownerCreatesWebhookWithSecretAndLocation() {
        TestUser owner = user("Owner");
        String space = fixtures.space(owner.token(), false);

        ApiResponse created =
                api.post(webhookPath(space), owner.token(), Map.of("url", URL)).assertStatus(201);

        assertThat(created.header("Location").orElseThrow()).isEqualTo("/v1/spaces/" + space + "/webhook");
        JsonNode body = created.body();
        assertThat(body.get("url").asString()).isEqualTo(URL);
        assertThat(body.get("isActive").asBoolean()).isTrue();
        assertThat(body.get("secret").asString()).matches("[0-9a-f]{32}");
        assertThat(jdbc.sql("SELECT secret FROM webhooks WHERE space_id = ?")
                        .param(space)
                        .query(String.class)
                        .single())
                .isEqualTo(body.get("secret").asString());
    }

    @Test
    void secondCreateAnswersConflict() {
        TestUser owner = user("Owner");
        String space = fixtures.space(owner.token(), true);
        api.post(webhookPath(space), owner.token(), Map.of("url", URL)).assertStatus(201);

        ApiResponse again = api.post(webhookPath(space), owner.token(), Map.of("url", "http://other.example/hook"))
                .assertStatus(409);

        assertThat(slug(again)).isEqualTo("webhook-exists");
        assertThat(api.get(webhookPath(space), owner.token())
                        .assertStatus(200)
                        .body()
                        .get("url")
                        .asString())
                .isEqualTo(URL);
    }

    @Test
    void onlyTheOwnerTouchesTheWebhook() {
        TestUser owner = user("Owner");
        TestUser moderator = user("Moderator");
        TestUser stranger = user("Stranger");
        String privateSpace = fixtures.space(owner.token(), false);
        fixtures.admit(owner.token(), privateSpace, moderator.token(), "role_space_moderator");
        fixtures.webhook(owner.token(), privateSpace, URL, true);

        api.get(webhookPath(privateSpace), moderator.token()).assertStatus(403);
        api.post(webhookPath(privateSpace), moderator.token(), Map.of("url", URL))
                .assertStatus(403);
        api.delete(webhookPath(privateSpace), moderator.token()).assertStatus(403);
        api.put(webhookPath(privateSpace) + "/refresh-secret", moderator.token(), null)
                .assertStatus(403);
        api.get(webhookPath(privateSpace) + "/deliveries", moderator.token()).assertStatus(403);
        // A private space of someone else does not exist for the caller.
        api.get(webhookPath(privateSpace), stranger.token()).assertStatus(404);
        api.put(webhookPath(privateSpace), stranger.token(), Map.of("isActive", false))
                .assertStatus(404);
        // A client token is no user.
        api.get(webhookPath(privateSpace), clientToken()).assertStatus(403);
        invalid("GET", webhookPath(privateSpace), null, null).assertStatus(401);
        assertThat(count("SELECT COUNT(*) FROM webhooks WHERE space_id = ? AND is_active = TRUE", privateSpace))
                .isEqualTo(1);
    }

    @Test
    void getAnswersWithoutSecretAndNotFoundWhenNone() {
        TestUser owner = user("Owner");
        String space = fixtures.space(owner.token(), false);

        assertThat(slug(api.get(webhookPath(space), owner.token()).assertStatus(404)))
                .isEqualTo("not-found");
        api.post(webhookPath(space), owner.token(), Map.of("url", URL)).assertStatus(201);

        JsonNode webhook =
                api.get(webhookPath(space), owner.token()).assertStatus(200).body();
        assertThat(webhook.get("url").asString()).isEqualTo(URL);
        assertThat(webhook.get("isActive").asBoolean()).isTrue();
        assertThat(webhook.has("secret")).isFalse();
    }

    @Test
    void updateChangesOnlyTheFieldsGiven() {
        TestUser owner = user("Owner");
        String space = fixtures.space(owner.token(), false);
        api.put(webhookPath(space), owner.token(), Map.of("isActive", false)).assertStatus(404);
        api.post(webhookPath(space), owner.token(), Map.of("url", URL)).assertStatus(201);

        JsonNode off = api.put(webhookPath(space), owner.token(), Map.of("isActive", false))
                .assertStatus(200)
                .body();
        assertThat(off.get("url").asString()).isEqualTo(URL);
        assertThat(off.get("isActive").asBoolean()).isFalse();

        JsonNode moved = api.put(webhookPath(space), owner.token(), Map.of("url", "http://hooks.example.org/in"))
                .assertStatus(200)
                .body();
        assertThat(moved.get("url").asString()).isEqualTo("http://hooks.example.org/in");
        assertThat(moved.get("isActive").asBoolean()).isFalse();
        assertThat(api.get(webhookPath(space), owner.token()).assertStatus(200).body())
                .isEqualTo(moved);
    }

    /** The PUT rule: neither field of a webhook can be cleared, so null answers 422 and changes nothing. */
    @Test
    void updateWithANullFieldAnswersValidationFailed() {
        TestUser owner = user("Owner");
        String space = fixtures.space(owner.token(), false);
        api.post(webhookPath(space), owner.token(), Map.of("url", URL)).assertStatus(201);

        ApiResponse refused = invalid("PUT", webhookPath(space), owner.token(), "{\"isActive\":null}")
                .assertStatus(422);

        assertThat(refused.body().toString()).contains("isActive");
        assertThat(api.get(webhookPath(space), owner.token())
                        .body()
                        .get("isActive")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void urlMustBeHttpOrHttps() {
        TestUser owner = user("Owner");
        String space = fixtures.space(owner.token(), false);

        for (String bad :
                new String[] {"ftp://example.com/hook", "javascript:alert(1)", "not a url", "/relative/path"}) {
            ApiResponse answer = invalid("POST", webhookPath(space), owner.token(), Map.of("url", bad));
            assertThat(answer.status()).as(bad).isEqualTo(422);
            assertThat(answer.body().get("errors").get(0).get("field").asString())
                    .isEqualTo("url");
        }
        invalid("POST", webhookPath(space), owner.token(), Map.of()).assertStatus(422);
        invalid("POST", webhookPath(space), owner.token(), "{not json").assertStatus(400);
        api.post(webhookPath(space), owner.token(), Map.of("url", URL)).assertStatus(201);
        invalid("PUT", webhookPath(space), owner.token(), Map.of("url", "ftp://example.com/hook"))
                .assertStatus(422);
        assertThat(api.get(webhookPath(space), owner.token())
                        .assertStatus(200)
                        .body()
                        .get("url")
                        .asString())
                .isEqualTo(URL);
    }

    @Test
    void deleteRemovesTheWebhook() {
        TestUser owner = user("Owner");
        String space = fixtures.space(owner.token(), false);
        api.delete(webhookPath(space), owner.token()).assertStatus(404);
        api.post(webhookPath(space), owner.token(), Map.of("url", URL)).assertStatus(201);

        api.delete(webhookPath(space), owner.token()).assertStatus(204);

        api.get(webhookPath(space), owner.token()).assertStatus(404);
        api.post(webhookPath(space), owner.token(), Map.of("url", URL)).assertStatus(201);
    }

    @Test
    void refreshSecretMakesANewOne() {
        TestUser owner = user("Owner");
        String space = fixtures.space(owner.token(), false);
        api.put(webhookPath(space) + "/refresh-secret", owner.token(), null).assertStatus(404);
        String first = api.post(webhookPath(space), owner.token(), Map.of("url", URL))
                .assertStatus(201)
                .body()
                .get("secret")
                .asString();

        ApiResponse refreshed = api.put(webhookPath(space) + "/refresh-secret", owner.token(), null)
                .assertStatus(200);

        String second = refreshed.body().get("secret").asString();
        assertThat(second).matches("[0-9a-f]{32}").isNotEqualTo(first);
        assertThat(refreshed.header("Cache-Control").orElseThrow()).contains("no-store");
        assertThat(jdbc.sql("SELECT secret FROM webhooks WHERE space_id = ?")
                        .param(space)
                        .query(String.class)
                        .single())
                .isEqualTo(second);
    }

    @Test
    void deliveriesListNewestFirstWithTotal() {
        TestUser owner = user("Owner");
        String space = fixtures.space(owner.token(), false);
        assertThat(api.get(webhookPath(space) + "/deliveries", owner.token())
                        .assertStatus(200)
                        .body()
                        .get("total")
                        .asInt())
                .isZero();
        String room = fixtures.room(owner.token(), space, "lesson", true).id();
        jdbc.sql("""
                INSERT INTO webhook_deliveries (id, space_id, event_name, room_id, state, attempts, last_status,
                    created_at, last_attempt_at, next_attempt_at)
                VALUES ('aaaaaaaaaaaaaaaaaaaaaa01', ?, 'call_started', ?, 'delivered', 1, 200,
                    TIMESTAMP WITH TIME ZONE '2026-01-01 10:00:00+00', TIMESTAMP WITH TIME ZONE '2026-01-01 10:00:01+00',
                    TIMESTAMP WITH TIME ZONE '2026-01-01 10:00:00+00'),
                       ('aaaaaaaaaaaaaaaaaaaaaa02', ?, 'call_finished', ?, 'pending', 0, NULL,
                    TIMESTAMP WITH TIME ZONE '2026-01-01 11:00:00+00', NULL, TIMESTAMP WITH TIME ZONE '2026-01-01 11:00:00+00')
                """).params(space, room, space, room).update();

        JsonNode page = api.get(webhookPath(space) + "/deliveries", owner.token())
                .assertStatus(200)
                .body();

        assertThat(page.get("total").asInt()).isEqualTo(2);
        assertThat(page.get("items").get(0).get("eventName").asString()).isEqualTo("call_finished");
        assertThat(page.get("items").get(0).get("state").asString()).isEqualTo("pending");
        assertThat(page.get("items").get(0).has("lastStatus")).isFalse();
        assertThat(page.get("items").get(1).get("lastStatus").asInt()).isEqualTo(200);
        JsonNode second = api.get(webhookPath(space) + "/deliveries?limit=1&offset=1", owner.token())
                .assertStatus(200)
                .body();
        assertThat(second.get("items")).hasSize(1);
        assertThat(second.get("items").get(0).get("id").asString()).isEqualTo("aaaaaaaaaaaaaaaaaaaaaa01");
        assertThat(second.get("total").asInt()).isEqualTo(2);
    }
}
