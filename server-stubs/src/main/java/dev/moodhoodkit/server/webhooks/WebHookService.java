package dev.moodhoodkit.server.webhooks;

import dev.moodhoodkit.server.auth.Caller;
import dev.moodhoodkit.server.authz.AccessPolicy;
import dev.moodhoodkit.server.common.Ids;
import dev.moodhoodkit.server.common.Page;
import dev.moodhoodkit.server.common.Paging;
import dev.moodhoodkit.server.common.ProblemException;
import dev.moodhoodkit.server.common.ProblemType;
import dev.moodhoodkit.server.common.SentFields;
import java.time.Clock;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A space's webhook settings and delivery log; only the space's owner touches them. A URL is
 * checked against {@link WebHookTargets} after the caller's rights (a stranger learns nothing
 * from it) and before the write's transaction (the check may ask DNS, and no database connection
 * should wait for that).
 */
@Service
class WebHookService {

    /** 16 random bytes: the 32 lower-case hex characters the spec's secret pattern asks for. */
    private static final int SECRET_BYTES = 16;

    private final WebHooks webhooks;
    private final WebHookDeliveries deliveries;
    private final AccessPolicy access;
    private final WebHookTargets targets;
    private final TransactionTemplate transaction;
    private final Clock clock;

    WebHookService(
            WebHooks webhooks,
            WebHookDeliveries deliveries,
            AccessPolicy access,
            WebHookTargets targets,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.access = access;
        this.targets = targets;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    WebHooks.Settings create(Caller caller, String spaceId, String url) {
        access.ownedSpace(caller, spaceId);
        requireAllowedTarget(url);
        return transaction.execute(status -> {
            if (webhooks.find(spaceId).isPresent()) {
                throw exists(spaceId);
            }
            try {
                webhooks.insert(spaceId, url, Ids.randomHex(SECRET_BYTES), clock.instant());
            } catch (DuplicateKeyException raced) {
                throw exists(spaceId);
            }
            return existing(spaceId);
        });
    }

    WebHooks.Settings get(Caller caller, String spaceId) {
        access.ownedSpace(caller, spaceId);
        return existing(spaceId);
    }

    /** The spec's PUT rule: fields left out keep their values; neither can be cleared (null answers 422). */
    WebHooks.Settings update(Caller caller, String spaceId, String url, Boolean active, SentFields sent) {
        access.ownedSpace(caller, spaceId);
        sent.rejectNullsExcept();
        if (url != null) {
            requireAllowedTarget(url);
        }
        return transaction.execute(status -> {
            if (!webhooks.update(spaceId, url, active)) {
                throw none(spaceId);
            }
            return existing(spaceId);
        });
    }

    /** 422 naming {@code url} when this server may not call it (a private address, a denied host...). */
    private void requireAllowedTarget(String url) {
        targets.refusal(url).ifPresent(reason -> {
            throw ProblemException.invalidField("url", reason);
        });
    }

    @Transactional
    void delete(Caller caller, String spaceId) {
        access.ownedSpace(caller, spaceId);
        if (!webhooks.delete(spaceId)) {
            throw none(spaceId);
        }
    }

    @Transactional
    WebHooks.Settings refreshSecret(Caller caller, String spaceId) {
        access.ownedSpace(caller, spaceId);
        if (!webhooks.setSecret(spaceId, Ids.randomHex(SECRET_BYTES))) {
            throw none(spaceId);
        }
        return existing(spaceId);
    }

    Page<WebHookDeliveries.Delivery> deliveries(Caller caller, String spaceId, Paging page) {
        access.ownedSpace(caller, spaceId);
        return new Page<>(deliveries.list(spaceId, page.limit(), page.offset()), deliveries.count(spaceId));
    }

    private WebHooks.Settings existing(String spaceId) {
        return webhooks.find(spaceId).orElseThrow(() -> none(spaceId));
    }

    private static ProblemException none(String spaceId) {
        return ProblemException.notFound("The space " + spaceId + " has no webhook.");
    }

    private static ProblemException exists(String spaceId) {
        return ProblemException.conflict(
                ProblemType.WEBHOOK_EXISTS,
                "The space " + spaceId + " already has a webhook: change it with PUT, or delete it first.");
    }
}
