package dev.moodhoodkit.contract.pact.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.RequestResponsePact;
import au.com.dius.pact.core.model.annotations.Pact;
import dev.moodhoodkit.client.model.CreateWebHookRequest;
import dev.moodhoodkit.client.model.UpdateWebHookRequest;
import dev.moodhoodkit.client.model.WebHook;
import dev.moodhoodkit.client.model.WebHookDeliveryList;
import dev.moodhoodkit.client.model.WebHookEventName;
import dev.moodhoodkit.client.model.WebHookWithSecret;
import dev.moodhoodkit.contract.support.ContractFiles;
import dev.moodhoodkit.contract.support.ProviderStates;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** WebHook: a space's webhook, its secret and its delivery log. */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = ContractFiles.PROVIDER, pactVersion = PactSpecVersion.V3)
class WebHookPactTest extends ConsumerPactTest {

    /** The URL the WEBHOOK state sets; it answers nothing, so deliveries to it fail and are logged. */
    static final String HOOK_URL = "https://example.com/moodhood/events";

    private static final String SECRET = "[0-9a-f]{32}";
    private static final String WEBHOOK = "/spaces/" + SPACE_ID + "/webhook";
    private static final String WEBHOOK_EXPRESSION = "/spaces/${spaceId}/webhook";

    @Pact(consumer = CONSUMER)
    RequestResponsePact getWebHookAnswersTheWebHookWithoutSecret(PactDslWithProvider builder) {
        return json(
                        asUser(path(
                                        builder.given(ProviderStates.WEBHOOK)
                                                .uponReceiving(
                                                        "GetWebHook: the space owner reads the webhook, without its secret")
                                                .method("GET"),
                                        WEBHOOK_EXPRESSION,
                                        WEBHOOK))
                                .willRespondWith(),
                        200,
                        o -> {
                            o.stringValue("url", HOOK_URL);
                            o.booleanValue("isActive", true);
                        })
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "getWebHookAnswersTheWebHookWithoutSecret")
    void getWebHookAnswersTheWebHookWithoutSecret(MockServer server) {
        WebHook hook = client(server, USER_TOKEN).webhooks().getWebHook(SPACE_ID);

        assertThat(hook.getUrl()).hasToString(HOOK_URL);
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact getWebHookOfSpaceWithoutOneAnswersNotFound(PactDslWithProvider builder) {
        return problem(
                        asUser(path(
                                        builder.given(ProviderStates.SPACE)
                                                .uponReceiving("GetWebHook: a space with no webhook is 404")
                                                .method("GET"),
                                        WEBHOOK_EXPRESSION,
                                        WEBHOOK))
                                .willRespondWith(),
                        404,
                        "not-found")
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "getWebHookOfSpaceWithoutOneAnswersNotFound")
    void getWebHookOfSpaceWithoutOneAnswersNotFound(MockServer server) {
        assertProblem(() -> client(server, USER_TOKEN).webhooks().getWebHook(SPACE_ID), 404, "not-found");
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact createWebHookAnswersTheSecret(PactDslWithProvider builder) {
        return json(
                        jsonBody(
                                        asUser(path(
                                                builder.given(ProviderStates.SPACE)
                                                        .uponReceiving(
                                                                "CreateWebHook: the space owner sets the webhook and gets its secret")
                                                        .method("POST"),
                                                WEBHOOK_EXPRESSION,
                                                WEBHOOK)),
                                        o -> o.stringValue("url", HOOK_URL))
                                .willRespondWith(),
                        201,
                        o -> {
                            o.stringValue("url", HOOK_URL);
                            o.stringMatcher("secret", SECRET, "8f3b2c1d9e7a6f5b4c3d2e1f0a9b8c7d");
                            o.booleanValue("isActive", true);
                        })
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "createWebHookAnswersTheSecret")
    void createWebHookAnswersTheSecret(MockServer server) {
        WebHookWithSecret hook = client(server, USER_TOKEN)
                .webhooks()
                .createWebHook(SPACE_ID, new CreateWebHookRequest().url(URI.create(HOOK_URL)));

        assertThat(hook.getSecret()).matches(SECRET);
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact createSecondWebHookAnswersConflict(PactDslWithProvider builder) {
        return problem(
                        jsonBody(
                                        asUser(path(
                                                builder.given(ProviderStates.WEBHOOK)
                                                        .uponReceiving(
                                                                "CreateWebHook: a space has one webhook, a second is 409")
                                                        .method("POST"),
                                                WEBHOOK_EXPRESSION,
                                                WEBHOOK)),
                                        o -> o.stringValue("url", HOOK_URL))
                                .willRespondWith(),
                        409,
                        "webhook-exists")
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "createSecondWebHookAnswersConflict")
    void createSecondWebHookAnswersConflict(MockServer server) {
        assertProblem(
                () -> client(server, USER_TOKEN)
                        .webhooks()
                        .createWebHook(SPACE_ID, new CreateWebHookRequest().url(URI.create(HOOK_URL))),
                409,
                "webhook-exists");
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact updateWebHookSwitchesItOff(PactDslWithProvider builder) {
        return json(
                        jsonBody(
                                        asUser(path(
                                                builder.given(ProviderStates.WEBHOOK)
                                                        .uponReceiving(
                                                                "UpdateWebHook: the owner switches the webhook off; the URL stays")
                                                        .method("PUT"),
                                                WEBHOOK_EXPRESSION,
                                                WEBHOOK)),
                                        o -> o.booleanValue("isActive", false))
                                .willRespondWith(),
                        200,
                        o -> {
                            o.stringValue("url", HOOK_URL);
                            o.booleanValue("isActive", false);
                        })
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "updateWebHookSwitchesItOff")
    void updateWebHookSwitchesItOff(MockServer server) {
        WebHook hook = client(server, USER_TOKEN)
                .webhooks()
                .updateWebHook(SPACE_ID, new UpdateWebHookRequest().isActive(false));

        assertThat(hook.getIsActive()).isFalse();
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact updateWebHookToANonHttpUrlFailsValidation(PactDslWithProvider builder) {
        return validationProblem(
                        jsonBody(
                                        asUser(path(
                                                builder.given(ProviderStates.WEBHOOK)
                                                        .uponReceiving(
                                                                "UpdateWebHook: a URL that is not http or https fails validation, naming the field")
                                                        .method("PUT"),
                                                WEBHOOK_EXPRESSION,
                                                WEBHOOK)),
                                        o -> o.stringValue("url", "ftp://example.com/events"))
                                .willRespondWith(),
                        "url")
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "updateWebHookToANonHttpUrlFailsValidation")
    void updateWebHookToANonHttpUrlFailsValidation(MockServer server) {
        assertProblem(
                () -> client(server, USER_TOKEN)
                        .webhooks()
                        .updateWebHook(
                                SPACE_ID, new UpdateWebHookRequest().url(URI.create("ftp://example.com/events"))),
                422,
                "validation-failed");
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact deleteWebHookAnswersNoContent(PactDslWithProvider builder) {
        return asUser(path(
                        builder.given(ProviderStates.WEBHOOK)
                                .uponReceiving("DeleteWebHook: the owner removes the webhook")
                                .method("DELETE"),
                        WEBHOOK_EXPRESSION,
                        WEBHOOK))
                .willRespondWith()
                .status(204)
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "deleteWebHookAnswersNoContent")
    void deleteWebHookAnswersNoContent(MockServer server) {
        client(server, USER_TOKEN).webhooks().deleteWebHook(SPACE_ID);
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact deleteMissingWebHookAnswersNotFound(PactDslWithProvider builder) {
        return problem(
                        asUser(path(
                                        builder.given(ProviderStates.SPACE)
                                                .uponReceiving("DeleteWebHook: a space with no webhook is 404")
                                                .method("DELETE"),
                                        WEBHOOK_EXPRESSION,
                                        WEBHOOK))
                                .willRespondWith(),
                        404,
                        "not-found")
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "deleteMissingWebHookAnswersNotFound")
    void deleteMissingWebHookAnswersNotFound(MockServer server) {
        assertProblem(() -> client(server, USER_TOKEN).webhooks().deleteWebHook(SPACE_ID), 404, "not-found");
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact refreshSecretWebHookAnswersANewSecret(PactDslWithProvider builder) {
        return json(
                        asUser(path(
                                        builder.given(ProviderStates.WEBHOOK)
                                                .uponReceiving(
                                                        "RefreshSecretWebHook: the owner gets a new signing secret")
                                                .method("PUT"),
                                        WEBHOOK_EXPRESSION + "/refresh-secret",
                                        WEBHOOK + "/refresh-secret"))
                                .willRespondWith(),
                        200,
                        o -> {
                            o.stringValue("url", HOOK_URL);
                            o.stringMatcher("secret", SECRET, "0a1b2c3d4e5f60718293a4b5c6d7e8f9");
                            o.booleanValue("isActive", true);
                        })
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "refreshSecretWebHookAnswersANewSecret")
    void refreshSecretWebHookAnswersANewSecret(MockServer server) {
        assertThat(client(server, USER_TOKEN)
                        .webhooks()
                        .refreshSecretWebHook(SPACE_ID)
                        .getSecret())
                .matches(SECRET);
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact refreshSecretWebHookByModeratorIsForbidden(PactDslWithProvider builder) {
        return problem(
                        asUser(path(
                                        builder.given(
                                                        ProviderStates.SPACE_MEMBER,
                                                        Map.of("role", "role_space_moderator"))
                                                .uponReceiving(
                                                        "RefreshSecretWebHook: only the space owner may, a moderator is 403")
                                                .method("PUT"),
                                        WEBHOOK_EXPRESSION + "/refresh-secret",
                                        WEBHOOK + "/refresh-secret"))
                                .willRespondWith(),
                        403,
                        "forbidden")
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "refreshSecretWebHookByModeratorIsForbidden")
    void refreshSecretWebHookByModeratorIsForbidden(MockServer server) {
        assertProblem(() -> client(server, USER_TOKEN).webhooks().refreshSecretWebHook(SPACE_ID), 403, "forbidden");
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact listWebHookDeliveriesAnswersTheLog(PactDslWithProvider builder) {
        return json(
                        asUser(path(
                                        builder.given(ProviderStates.WEBHOOK_CALLED)
                                                .uponReceiving(
                                                        "listWebHookDeliveries: the owner reads the webhook's recent deliveries")
                                                .method("GET"),
                                        WEBHOOK_EXPRESSION + "/deliveries",
                                        WEBHOOK + "/deliveries"))
                                .willRespondWith(),
                        200,
                        o -> {
                            o.eachLike("items", d -> {
                                id(d, "id");
                                d.stringMatcher(
                                        "eventName",
                                        "call_started|call_finished|record_started|record_finished|record_failed",
                                        "call_started");
                                d.valueFromProviderState("roomId", "${roomId}", ROOM_ID);
                                d.stringMatcher("state", "pending|delivered|failed", "pending");
                                d.integerType("attempts", 0);
                                dateTime(d, "createdAt");
                            });
                            o.integerType("total", 1);
                        })
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "listWebHookDeliveriesAnswersTheLog")
    void listWebHookDeliveriesAnswersTheLog(MockServer server) {
        WebHookDeliveryList deliveries =
                client(server, USER_TOKEN).webhooks().listWebHookDeliveries(SPACE_ID, null, null);

        assertThat(deliveries.getItems()).extracting("eventName").contains(WebHookEventName.CALL_STARTED);
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact listWebHookDeliveriesOfAnotherUsersSpaceAnswersNotFound(PactDslWithProvider builder) {
        return problem(
                        asUser(path(
                                        builder.given(ProviderStates.PRIVATE_SPACE_OF_ANOTHER_USER)
                                                .uponReceiving(
                                                        "listWebHookDeliveries: another user's private space is 404")
                                                .method("GET"),
                                        WEBHOOK_EXPRESSION + "/deliveries",
                                        WEBHOOK + "/deliveries"))
                                .willRespondWith(),
                        404,
                        "not-found")
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "listWebHookDeliveriesOfAnotherUsersSpaceAnswersNotFound")
    void listWebHookDeliveriesOfAnotherUsersSpaceAnswersNotFound(MockServer server) {
        assertProblem(
                () -> client(server, USER_TOKEN).webhooks().listWebHookDeliveries(SPACE_ID, null, null),
                404,
                "not-found");
    }
}
