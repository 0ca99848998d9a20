package dev.moodhoodkit.conformance.walk;

import static dev.moodhoodkit.conformance.http.ApiClient.body;

import dev.moodhoodkit.conformance.http.Call;
import dev.moodhoodkit.conformance.http.Exchange;
import java.util.Optional;

/**
 * The space's webhook settings, from set-up to removal. It is switched off and removed before
 * any call starts, so the URL it names never hears an event of this run.
 */
final class WebhookFlow {

    private final Session s;

    WebhookFlow(Session session) {
        this.s = session;
    }

    void run() {
        Optional<Exchange> created = s.send(webhookCall("CreateWebHook")
                .json(body("url", s.webhookUrl))
                .expect("the space owner sets up the webhook", 201));
        s.send(webhookCall("GetWebHook").expect("the webhook just set up", 200));
        s.send(webhookCall("UpdateWebHook").json(body("isActive", false)).expect("switched off", 200));
        s.send(webhookCall("RefreshSecretWebHook").expect("a new secret", 200));
        s.send(webhookCall("listWebHookDeliveries").query("limit", "5").expect("no deliveries yet", 200));
        if (created.filter(Exchange::succeeded).isPresent()) {
            Optional<Exchange> deleted = s.send(webhookCall("DeleteWebHook").expect("the webhook is removed", 204));
            if (deleted.filter(Exchange::succeeded).isEmpty()) {
                s.leftBehind.add("the webhook of space " + s.spaceId + " (switched off)");
            }
        }
    }

    private Call webhookCall(String operationId) {
        return Call.to(operationId).token(s.owner.token).path("spaceId", s.spaceId);
    }
}
