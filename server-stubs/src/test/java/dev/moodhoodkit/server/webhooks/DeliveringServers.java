package dev.moodhoodkit.server.webhooks;

import dev.moodhoodkit.server.testing.Api;
import dev.moodhoodkit.server.testing.ServerInstance;
import dev.moodhoodkit.server.testing.TestUser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Whole servers that deliver webhooks, started by the restart and two-instance tests on a
 * database they choose ({@link ServerInstance}), and what those tests do through the API.
 */
final class DeliveringServers {

    private DeliveringServers() {}

    /** A server on {@code database} that delivers fast, with {@code backoff} between attempts. */
    static ServerInstance start(Map<String, Object> database, String backoff) {
        Map<String, Object> properties = new LinkedHashMap<>(database);
        properties.put("moodhood.webhooks.delivery.poll-interval", "20ms");
        properties.put("moodhood.webhooks.delivery.connect-timeout", "1s");
        properties.put("moodhood.webhooks.delivery.read-timeout", "2s");
        properties.put("moodhood.webhooks.delivery.backoff", backoff);
        properties.put("moodhood.webhooks.delivery.lease", "15s");
        properties.put("moodhood.webhooks.targets.allow-private-addresses", "true");
        return ServerInstance.start(properties);
    }

    /** A user's space with a webhook to {@code url}; the receiver checks with its secret from now on. */
    record Space(TestUser owner, String id, String secret) {}

    static Space space(ServerInstance server, WebhookReceiver receiver) {
        TestUser owner = server.newUser(server.clientToken());
        String id = server.api()
                .post("/v1/spaces", owner.token(), Map.of("name", "Hooked school", "isPublic", false))
                .assertStatus(201)
                .string("/id");
        String secret = server.api()
                .post("/v1/spaces/" + id + "/webhook", owner.token(), Map.of("url", receiver.url()))
                .assertStatus(201)
                .string("/secret");
        receiver.secret(secret);
        return new Space(owner, id, secret);
    }

    /** A room of the space that allows recording; its id. */
    static String room(Api api, Space space, String name) {
        return api.post(
                        "/v1/spaces/" + space.id() + "/rooms",
                        space.owner().token(),
                        Map.of("name", name, "isPublic", false, "isRecordAllowed", true))
                .assertStatus(201)
                .string("/id");
    }

    /** Registers the owner in the room and joins its call (the first join starts it); the participant. */
    static String join(Api api, Space space, String roomId) {
        String participant = api.post(
                        "/v1/spaces/" + space.id() + "/participants",
                        space.owner().token(),
                        Map.of("name", "Anna", "roomId", roomId))
                .assertStatus(201)
                .string("/id");
        api.post(
                        "/v1/spaces/" + space.id() + "/rooms/" + roomId + "/join",
                        space.owner().token(),
                        Map.of("participantId", participant))
                .assertStatus(200);
        return participant;
    }

    static void leave(Api api, Space space, String roomId, String participant) {
        api.post(
                        "/v1/spaces/" + space.id() + "/rooms/" + roomId + "/leave",
                        space.owner().token(),
                        Map.of("participantId", participant))
                .assertStatus(204);
    }

    /** The space's delivery log, up to 100 entries. */
    static List<JsonNode> deliveries(Api api, Space space) {
        JsonNode page = api.get(
                        "/v1/spaces/" + space.id() + "/webhook/deliveries?limit=100",
                        space.owner().token())
                .assertStatus(200)
                .body();
        List<JsonNode> items = new ArrayList<>();
        page.get("items").forEach(items::add);
        return items;
    }
}
