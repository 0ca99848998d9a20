package dev.moodhoodkit.server.webhooks;

import dev.moodhoodkit.server.common.Ids;
import dev.moodhoodkit.server.common.PeriodicJob;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Delivers the webhook outbox. Every poll claims as many due deliveries as it has idle senders
 * ({@link WebHookDeliveries#claimDue}: a lease in a short transaction, so that two instances never
 * take one row), then each sender makes one attempt outside any transaction and writes its
 * outcome: delivered on a 2xx; otherwise due again after the configured pause, or failed after
 * the third attempt. The webhook's URL and secret are read at the attempt, so a moved webhook or
 * a refreshed secret applies to events still pending. Nothing is held in memory between polls:
 * pending deliveries survive a restart, and a crashed instance's claims expire.
 */
@Component
class WebHookDispatcher extends PeriodicJob {

    private static final Logger log = LoggerFactory.getLogger(WebHookDispatcher.class);

    private final WebHookDeliveries outbox;
    private final WebHooks webhooks;
    private final WebHookSender sender;
    private final WebHookDeliveryProperties properties;
    private final Clock clock;
    private final Semaphore idleSenders;
    private final ExecutorService senders;

    WebHookDispatcher(
            WebHookDeliveries outbox,
            WebHooks webhooks,
            WebHookSender sender,
            WebHookDeliveryProperties properties,
            Clock clock) {
        super("webhook-dispatcher", properties.pollInterval(), properties.enabled());
        this.outbox = outbox;
        this.webhooks = webhooks;
        this.sender = sender;
        this.properties = properties;
        this.clock = clock;
        this.idleSenders = new Semaphore(properties.concurrency());
        AtomicInteger number = new AtomicInteger();
        this.senders = new ThreadPoolExecutor(
                properties.concurrency(),
                properties.concurrency(),
                0,
                TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(),
                runnable -> {
                    Thread thread = new Thread(runnable, "webhook-sender-" + number.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    @Override
    protected void runOnce() {
        int idle = idleSenders.drainPermits();
        if (idle == 0) {
            return;
        }
        List<WebHookDeliveries.Claimed> claimed;
        try {
            Instant now = clock.instant();
            claimed = outbox.claimDue(now, idle, now.plus(properties.lease()), Ids.newId());
        } catch (RuntimeException e) {
            idleSenders.release(idle);
            throw e;
        }
        idleSenders.release(idle - claimed.size());
        for (WebHookDeliveries.Claimed delivery : claimed) {
            try {
                senders.execute(() -> {
                    try {
                        attempt(delivery);
                    } catch (RuntimeException e) {
                        // The claim expires and the attempt is made again then.
                        log.warn("Webhook delivery {} could not be attempted: {}", delivery.id(), e.toString());
                    } finally {
                        idleSenders.release();
                    }
                });
            } catch (RejectedExecutionException stopping) {
                idleSenders.release();
            }
        }
    }

    /** One attempt at one claimed delivery, and its outcome written. */
    void attempt(WebHookDeliveries.Claimed delivery) {
        Optional<WebHooks.Settings> webhook = webhooks.find(delivery.spaceId());
        if (webhook.isEmpty() || !webhook.get().isActive()) {
            outbox.abandon(
                    delivery,
                    webhook.isEmpty()
                            ? "Not sent: the webhook was removed before the event was delivered."
                            : "Not sent: the webhook was switched off before the event was delivered.");
            return;
        }
        WebHookCallbacks.Signed signed = WebHookCallbacks.sign(
                WebHookCallbacks.event(
                        delivery.eventName(), delivery.roomId(), delivery.spaceId(), delivery.recordId()),
                webhook.get().secret());
        int attempt = delivery.attempts() + 1;
        Instant attemptedAt = clock.instant();
        WebHookSender.Outcome outcome = sender.send(webhook.get().url(), signed.callback());
        Instant finishedAt = clock.instant();
        WebHookDeliveries.State state;
        Instant next = finishedAt;
        if (outcome.delivered()) {
            state = WebHookDeliveries.State.DELIVERED;
        } else if (attempt >= WebHookDeliveryProperties.ATTEMPTS) {
            state = WebHookDeliveries.State.FAILED;
        } else {
            state = WebHookDeliveries.State.PENDING;
            next = finishedAt.plus(properties.pauseAfter(attempt));
        }
        if (!outbox.recordAttempt(delivery, state, attempt, outcome.status(), outcome.error(), attemptedAt, next)) {
            log.warn(
                    "Webhook delivery {}: the claim expired during attempt {}; another instance owns it now",
                    delivery.id(),
                    attempt);
        }
    }

    /** Lets the attempts under way end (each is bounded by the timeouts), then stops the senders. */
    @Override
    protected void afterStop() {
        senders.shutdown();
        try {
            if (!senders.awaitTermination(properties.attemptTimeout().toMillis() + 2000, TimeUnit.MILLISECONDS)) {
                senders.shutdownNow();
            }
        } catch (InterruptedException e) {
            senders.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
