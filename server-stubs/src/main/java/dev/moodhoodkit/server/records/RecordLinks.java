package dev.moodhoodkit.server.records;

import dev.moodhoodkit.server.auth.SigningKey;
import dev.moodhoodkit.server.common.PublicUrl;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Signed download links: {@code <public-url>/files/records/{id}?expires=<epoch s>&signature=<hex>}
 * where the signature is HMAC-SHA256 of {@code "<id>:<expires>"}. Anyone holding the link may
 * download until it expires (24 hours), without a token, as with a cloud storage link.
 */
@Component
class RecordLinks {

    static final Duration VALIDITY = Duration.ofHours(24);
    static final String PATH = "/files/records/";

    private final byte[] key;
    private final PublicUrl publicUrl;

    RecordLinks(SigningKey signingKey, PublicUrl publicUrl) {
        this.key = signingKey.derive("record-download-links");
        this.publicUrl = publicUrl;
    }

    URI sign(String recordId, Instant now) {
        long expires = now.plus(VALIDITY).getEpochSecond();
        return URI.create(publicUrl.base() + PATH + recordId + "?expires=" + expires + "&signature="
                + signature(recordId, expires));
    }

    /** Whether the link's signature is right and it has not expired; compared in constant time. */
    boolean verify(String recordId, long expires, String signature, Instant now) {
        if (signature == null || expires <= now.getEpochSecond()) {
            return false;
        }
        return MessageDigest.isEqual(
                signature(recordId, expires).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }

    private String signature(String recordId, long expires) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((recordId + ":" + expires).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }
}
