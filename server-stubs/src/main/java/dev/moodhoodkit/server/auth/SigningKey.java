package dev.moodhoodkit.server.auth;

import dev.moodhoodkit.server.common.Ids;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The HS256 key of every token: {@code moodhood.auth.jwt-secret} when set, otherwise a random
 * key generated on first start and kept in the database, so tokens survive restarts and every
 * instance on one database shares it. Never a constant in code.
 */
@Component
public class SigningKey {

    private static final Logger log = LoggerFactory.getLogger(SigningKey.class);
    private static final String KEY_ID = "000000000000000000000001";

    private final byte[] secret;

    SigningKey(AuthProperties properties, JdbcClient jdbc, Clock clock) {
        if (properties.jwtSecret() != null && !properties.jwtSecret().isBlank()) {
            this.secret = Base64.getDecoder().decode(properties.jwtSecret().trim());
            if (secret.length < 32) {
                throw new IllegalStateException("moodhood.auth.jwt-secret must hold at least 32 bytes (base64)");
            }
        } else {
            this.secret = Base64.getDecoder().decode(loadOrCreate(jdbc, clock));
        }
    }

    byte[] bytes() {
        return secret.clone();
    }

    /**
     * A key for another purpose (signed download links...), derived from this one as
     * HMAC-SHA256(key, purpose): it shares the key's life (configuration or database, the
     * same on every instance) but can neither sign tokens nor reveal the token key.
     */
    public byte[] derive(String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }

    private static String loadOrCreate(JdbcClient jdbc, Clock clock) {
        var existing = jdbc.sql("SELECT secret FROM signing_keys WHERE id = ?")
                .param(KEY_ID)
                .query(String.class)
                .optional();
        if (existing.isPresent()) {
            return existing.get();
        }
        byte[] random = new byte[32];
        new java.security.SecureRandom().nextBytes(random);
        String encoded = Base64.getEncoder().encodeToString(random);
        try {
            jdbc.sql("INSERT INTO signing_keys (id, secret, created_at) VALUES (?, ?, ?)")
                    .params(KEY_ID, encoded, clock.instant().atOffset(ZoneOffset.UTC))
                    .update();
            log.info(
                    "Generated the token signing key and stored it in the database (id {}).",
                    Ids.isValid(KEY_ID) ? KEY_ID : "?");
            return encoded;
        } catch (DuplicateKeyException raced) {
            // Another instance made it first: use theirs.
            return jdbc.sql("SELECT secret FROM signing_keys WHERE id = ?")
                    .param(KEY_ID)
                    .query(String.class)
                    .single();
        }
    }
}
