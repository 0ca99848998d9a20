package dev.moodhoodkit.server.webhooks;

import dev.moodhoodkit.server.common.Ids;
import java.time.Instant;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * How other features report an event of a space: it joins the webhook outbox in the caller's
 * transaction (which must exist: an event written apart from its change could outlive a
 * rolled-back change, or be lost after a committed one).
 */
@Component
public class WebHookEvents {

    private final WebHooks webhooks;
    private final WebHookDeliveries deliveries;

    WebHookEvents(WebHooks webhooks, WebHookDeliveries deliveries) {
        this.webhooks = webhooks;
        this.deliveries = deliveries;
    }

    /**
     * Queues the event for delivery when the space has an active webhook.
     *
     * @param recordId the record of a record event; null for call events
     * @return whether a delivery was queued
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean publish(String spaceId, String roomId, EventName event, String recordId, Instant at) {
        if (!webhooks.isActive(spaceId)) {
            return false;
        }
        deliveries.insertPending(Ids.newId(), spaceId, event, roomId, recordId, at);
        return true;
    }
}
