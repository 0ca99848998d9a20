package dev.moodhoodkit.client.webhooks;

/** A webhook call whose signature does not match its body and the webhook's secret: reject it. */
public class InvalidWebhookSignatureException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidWebhookSignatureException() {
        super("The webhook call's signature does not match its body and the webhook secret");
    }
}
