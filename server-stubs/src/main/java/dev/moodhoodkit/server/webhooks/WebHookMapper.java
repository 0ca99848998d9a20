package dev.moodhoodkit.server.webhooks;

import dev.moodhoodkit.server.api.model.WebHook;
import dev.moodhoodkit.server.api.model.WebHookDelivery;
import dev.moodhoodkit.server.api.model.WebHookDeliveryList;
import dev.moodhoodkit.server.api.model.WebHookEventName;
import dev.moodhoodkit.server.api.model.WebHookWithSecret;
import java.net.URI;

/** Webhook domain types to the spec's models. */
final class WebHookMapper {

    private WebHookMapper() {}

    static WebHook toApi(WebHooks.Settings settings) {
        return new WebHook(URI.create(settings.url()), settings.active());
    }

    static WebHookWithSecret withSecret(WebHooks.Settings settings) {
        return new WebHookWithSecret(URI.create(settings.url()), settings.secret(), settings.active());
    }

    static WebHookDeliveryList toApi(WebHookService.Page<WebHookDeliveries.Delivery> page) {
        return new WebHookDeliveryList(
                page.items().stream().map(WebHookMapper::toApi).toList(), (int) page.total());
    }

    static WebHookDelivery toApi(WebHookDeliveries.Delivery delivery) {
        WebHookDelivery api = new WebHookDelivery(
                delivery.id(),
                WebHookEventName.fromValue(delivery.event().wireName()),
                delivery.roomId(),
                WebHookDelivery.StateEnum.fromValue(delivery.state()),
                delivery.attempts(),
                delivery.createdAt());
        api.setRecordId(delivery.recordId());
        api.setLastStatus(delivery.lastStatus());
        api.setLastError(delivery.lastError());
        api.setLastAttemptAt(delivery.lastAttemptAt());
        return api;
    }
}
