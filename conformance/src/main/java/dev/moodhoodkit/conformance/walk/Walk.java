package dev.moodhoodkit.conformance.walk;

import dev.moodhoodkit.conformance.http.ApiClient;
import dev.moodhoodkit.conformance.http.Pacer;
import dev.moodhoodkit.conformance.report.Ledger;

/**
 * The guide's flows in the order a newcomer meets them: accounts, a space and its room, an
 * invite activated by a second user, a room role and a guest link, the webhook settings, a
 * recorded call with the records and analytics reads, the failures worth checking; then the
 * clean-up, which runs whatever happened before.
 */
public final class Walk {

    private final Session session;

    public Walk(ApiClient api, Ledger ledger, String clientId, String clientSecret, String prefix, String webhookUrl) {
        this.session = new Session(api, ledger, clientId, clientSecret, prefix, webhookUrl);
    }

    /** The name every created thing starts with. */
    public String runName() {
        return session.runName;
    }

    public void run() {
        try {
            if (new AccountsFlow(session).run() && new SpacesFlow(session).run()) {
                new InvitesFlow(session).run();
                new WebhookFlow(session).run();
                new CallsFlow(session).run();
            }
            if (session.clientToken != null && session.owner != null) {
                new FailuresFlow(session).run();
            }
        } catch (Pacer.BudgetSpent e) {
            session.ledger.runNote(e.getMessage() + ": the walk stopped before the end");
        } finally {
            session.api.startCleanup();
            try {
                new Cleanup(session).run();
            } catch (Pacer.BudgetSpent e) {
                session.ledger.runNote("no request left for the clean-up");
            }
            session.leftBehind.forEach(thing -> session.ledger.runNote("left behind: " + thing));
        }
    }
}
