package dev.moodhoodkit.client.webhooks;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.moodhoodkit.client.model.WebHookCallback;
import dev.moodhoodkit.client.model.WebHookEvent;
import dev.moodhoodkit.jsjson.JsonStringify;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks the signature of a webhook call, for applications that receive MoodHood's webhooks.
 *
 * <p>MoodHood POSTs {@code {"body": {...event...}, "signature": "..."}} to the space's webhook
 * URL. The signature is the lower-case hex HMAC-SHA256, keyed with the webhook's secret (UTF-8),
 * of {@code JSON.stringify(body)}: the body as a JavaScript receiver re-serialises it after
 * parsing (compact, keys in the order sent, JavaScript's string and number rules). This class
 * applies the same rule to the raw request body, so it accepts exactly what a JavaScript receiver
 * accepts. Give it the body as received, before any JSON library has read it.
 *
 * <pre>{@code
 * @PostMapping("/moodhood/events")
 * ResponseEntity<Void> event(@RequestBody String raw) {
 *     if (!WebhookSignatures.verify(secret, raw)) {
 *         return ResponseEntity.status(401).build();
 *     }
 *     WebHookEvent event = WebhookSignatures.verifiedEvent(secret, raw);
 *     ...
 * }
 * }</pre>
 */
public final class WebhookSignatures {

    private static final String HMAC_SHA256 = "HmacSHA256";

    /** Reads the generated models; event names this client does not know are an error. */
    private static final ObjectMapper MODELS = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .setDefaultPropertyInclusion(
                    JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL));

    private WebhookSignatures() {}

    /**
     * Whether {@code rawCallback}, the request body of a webhook call, is signed with
     * {@code secret}. False as well for anything that is not a webhook call (not JSON, no
     * {@code body}, no {@code signature}). The comparison takes constant time.
     */
    public static boolean verify(String secret, String rawCallback) {
        requireSecret(secret);
        if (rawCallback == null) {
            return false;
        }
        Object parsed;
        try {
            parsed = JavaScriptJson.parse(rawCallback);
        } catch (IOException notJson) {
            return false;
        }
        if (!(parsed instanceof Map<?, ?> callback)
                || !callback.containsKey("body")
                || !(callback.get("signature") instanceof String received)) {
            return false;
        }
        String expected = hmacHex(secret, JsonStringify.stringify(callback.get("body")));
        return MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), received.getBytes(StandardCharsets.UTF_8));
    }

    /** {@link #verify(String, String)} of a body received as bytes (decoded as UTF-8, as JavaScript's body parsers do). */
    public static boolean verify(String secret, byte[] rawCallback) {
        return rawCallback != null && verify(secret, new String(rawCallback, StandardCharsets.UTF_8));
    }

    /**
     * The event of a webhook call, once its signature is checked.
     *
     * @throws InvalidWebhookSignatureException if the signature does not match (or there is none)
     * @throws IllegalArgumentException if the signed body is not an event this client can read
     */
    public static WebHookEvent verifiedEvent(String secret, String rawCallback) {
        if (!verify(secret, rawCallback)) {
            throw new InvalidWebhookSignatureException();
        }
        try {
            return MODELS.readValue(rawCallback, WebHookCallback.class).getBody();
        } catch (JsonProcessingException unreadable) {
            throw new IllegalArgumentException(
                    "The webhook call is signed but is not a readable event: " + unreadable.getOriginalMessage(),
                    unreadable);
        }
    }

    /**
     * The signature of a body, given as JSON text: the HMAC of its {@code JSON.stringify} form.
     * For tests of receivers, and for senders.
     *
     * @throws IllegalArgumentException if {@code bodyJson} is not JSON
     */
    public static String sign(String secret, String bodyJson) {
        requireSecret(secret);
        try {
            return hmacHex(secret, JsonStringify.stringify(JavaScriptJson.parse(bodyJson)));
        } catch (IOException notJson) {
            throw new IllegalArgumentException("The body to sign is not JSON: " + notJson.getMessage(), notJson);
        }
    }

    /** The signature of an event, serialised as MoodHood sends it (the spec's key order, unset fields left out). */
    public static String sign(String secret, WebHookEvent body) {
        return sign(secret, toJson(body));
    }

    /** A signed webhook call carrying {@code body}, as MoodHood would POST it. */
    public static WebHookCallback callback(String secret, WebHookEvent body) {
        return new WebHookCallback().body(body).signature(sign(secret, body));
    }

    private static String toJson(Object value) {
        try {
            return MODELS.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String hmacHex(String secret, String text) {
        try {
            Mac mac = Mac.getInstance(HMAC_SHA256);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), HMAC_SHA256));
            byte[] digest = mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder(digest.length * 2);
            for (byte b : digest) {
                hex.append(Character.forDigit(b >> 4 & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
        }
    }

    private static void requireSecret(String secret) {
        if (secret == null || secret.isEmpty()) {
            throw new IllegalArgumentException("The webhook secret is missing");
        }
    }
}
