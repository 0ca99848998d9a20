package dev.moodhoodkit.server.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Signs and checks the API's JWTs (HS256) with MoodHood's claim names: {@code sub}, {@code aud}
 * ({@code client} | {@code user}), {@code type} ({@code accessToken} | {@code refreshToken}),
 * {@code cId} (client id), {@code jti}, {@code iat}, {@code exp}. A guest token also carries
 * {@code rId}, the one room it opens.
 */
@Component
public class Jwts {

    public static final String ACCESS = "accessToken";
    public static final String REFRESH = "refreshToken";

    private final JWSSigner signer;
    private final JWSVerifier verifier;
    private final Clock clock;

    Jwts(SigningKey key, Clock clock) throws JOSEException {
        this.signer = new MACSigner(key.bytes());
        this.verifier = new MACVerifier(key.bytes());
        this.clock = clock;
    }

    /** What a token says, once its signature, algorithm and lifetime are checked. */
    public record Claims(
            String subject,
            String audience,
            String type,
            String clientId,
            String jti,
            Instant issuedAt,
            Instant expiresAt,
            String roomId) {}

    public String sign(
            String subject, String audience, String type, String clientId, String jti, Duration ttl, String roomId) {
        Instant now = clock.instant();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .subject(subject)
                .audience(audience)
                .claim("type", type)
                .claim("cId", clientId)
                .jwtID(jti)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(ttl)));
        if (roomId != null) {
            claims.claim("rId", roomId);
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims.build());
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
        return jwt.serialize();
    }

    /**
     * The claims of a well-signed, unexpired token of the given type; empty for anything else:
     * garbage, {@code alg: none} or any algorithm but HS256, a wrong signature, a token of the
     * other type, an expired one.
     */
    public Optional<Claims> verify(String token, String expectedType) {
        return verify(token, expectedType, false);
    }

    /**
     * Whether the token is one of ours of the given type that has only expired: well signed, in
     * the right form, past its {@code exp}. Lets a page tell "this link has expired" from "this
     * link is not valid"; never a reason to accept the token.
     */
    public boolean expired(String token, String expectedType) {
        return verify(token, expectedType, true)
                .filter(c -> !c.expiresAt().isAfter(clock.instant()))
                .isPresent();
    }

    private Optional<Claims> verify(String token, String expectedType, boolean evenExpired) {
        if (token == null || token.length() > 4096) {
            return Optional.empty();
        }
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(verifier)) {
                return Optional.empty();
            }
            JWTClaimsSet set = jwt.getJWTClaimsSet();
            Date exp = set.getExpirationTime();
            List<String> audience = set.getAudience();
            if (exp == null
                    || (!evenExpired && !exp.toInstant().isAfter(clock.instant()))
                    || audience == null
                    || audience.size() != 1
                    || !expectedType.equals(set.getStringClaim("type"))
                    || set.getSubject() == null
                    || set.getJWTID() == null) {
                return Optional.empty();
            }
            Date iat = set.getIssueTime();
            return Optional.of(new Claims(
                    set.getSubject(),
                    audience.get(0),
                    set.getStringClaim("type"),
                    set.getStringClaim("cId"),
                    set.getJWTID(),
                    iat == null ? null : iat.toInstant(),
                    exp.toInstant(),
                    set.getStringClaim("rId")));
        } catch (ParseException | JOSEException | RuntimeException e) {
            // Not a JWS (for instance alg: none, which parses as a plain JWT), or malformed claims.
            return Optional.empty();
        }
    }
}
