package dev.moodhoodkit.server.webhooks;

import dev.moodhoodkit.jsjson.JsonStringify;
import dev.moodhoodkit.server.api.model.WebHookEvent;
import dev.moodhoodkit.server.api.model.WebHookEventName;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The request body of a webhook call: {@code {"body": <event>, "signature": "<hex>"}}, where the
 * signature is the lower-case hex HMAC-SHA256 of {@code JSON.stringify(body)}, keyed with the
 * webhook's secret (its UTF-8 bytes, as Node's {@code crypto.createHmac} takes a string key).
 * The event is the spec's {@link WebHookEvent}; its keys go out in the order the spec gives
 * (eventName, roomId, spaceId, recordId), which is part of what is signed, and the body is sent
 * as the very text that was signed.
 */
final class WebHookCallbacks {

    private WebHookCallbacks() {}

    /** What one delivery sends: the signed event text, its signature and the whole request body. */
    record Signed(String body, String signature, String callback) {}

    static WebHookEvent event(EventName name, String roomId, String spaceId, String recordId) {
        WebHookEvent event = new WebHookEvent(WebHookEventName.fromValue(name.wireName()), roomId, spaceId);
        event.setRecordId(recordId);
        return event;
    }

    static Signed sign(WebHookEvent event, String secret) {
        String body = JsonStringify.stringify(ordered(event));
        String signature = hmacSha256Hex(secret, body);
        String callback = "{\"body\":" + body + ",\"signature\":" + JsonStringify.quote(signature) + "}";
        return new Signed(body, signature, callback);
    }

    /** The event's fields in the spec's order; recordId only for record events. */
    private static Map<String, Object> ordered(WebHookEvent event) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("eventName", event.getEventName().getValue());
        body.put("roomId", event.getRoomId());
        body.put("spaceId", event.getSpaceId());
        if (event.getRecordId() != null) {
            body.put("recordId", event.getRecordId());
        }
        return body;
    }

    static String hmacSha256Hex(String secret, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }
}
