package dev.moodhoodkit.client;

import dev.moodhoodkit.client.api.AuthApi;
import dev.moodhoodkit.client.errors.AuthenticationException;
import dev.moodhoodkit.client.model.TokenRequest;
import dev.moodhoodkit.client.model.TokenRequest.GrantTypeEnum;
import dev.moodhoodkit.client.model.TokenResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Tokens from the token endpoint: a client token ({@code client_credentials}) or a user token
 * ({@code password}), fetched on first use and renewed with the {@code refresh_token} grant
 * shortly before {@code expires_in} runs out, or after the server rejected the token.
 *
 * <p>Single flight: callers that find no usable token queue on one lock, the first fetches, the
 * others then find its token. So twenty concurrent first calls make one token request.
 */
final class OAuthTokenSource implements TokenSource {

    /** Renew this long before expiry at most (a tenth of the lifetime for short-lived tokens). */
    private static final Duration MAX_SAFETY_MARGIN = Duration.ofSeconds(30);

    private final ClientCredentials client;
    private final String username;
    private final String password;
    private final TokenEndpoint endpoint;
    private final Clock clock;

    private final Object lock = new Object();
    private volatile IssuedTokens current;

    private OAuthTokenSource(
            ClientCredentials client, String username, String password, TokenEndpoint endpoint, Clock clock) {
        this.client = client;
        this.username = username;
        this.password = password;
        this.endpoint = endpoint;
        this.clock = clock;
    }

    static OAuthTokenSource clientCredentials(ClientCredentials client, TokenEndpoint endpoint, Clock clock) {
        return new OAuthTokenSource(client, null, null, endpoint, clock);
    }

    static OAuthTokenSource password(
            ClientCredentials client, String email, String password, TokenEndpoint endpoint, Clock clock) {
        return new OAuthTokenSource(client, email, password, endpoint, clock);
    }

    @Override
    public String accessToken() {
        IssuedTokens tokens = current;
        if (tokens != null && tokens.usableAt(clock.instant())) {
            return tokens.accessToken();
        }
        synchronized (lock) {
            tokens = current;
            if (tokens != null && tokens.usableAt(clock.instant())) {
                return tokens.accessToken();
            }
            IssuedTokens renewed = tokens == null || tokens.refreshToken() == null ? logIn() : refreshOrLogIn(tokens);
            current = renewed;
            return renewed.accessToken();
        }
    }

    @Override
    public boolean renewAfterRejection(String rejectedToken) {
        synchronized (lock) {
            IssuedTokens tokens = current;
            if (tokens != null && tokens.accessToken().equals(rejectedToken)) {
                current = tokens.expired();
            }
            // Otherwise another thread already renewed it: retrying with the new one is worth it.
        }
        return true;
    }

    private IssuedTokens refreshOrLogIn(IssuedTokens tokens) {
        TokenRequest request = withClient(GrantTypeEnum.REFRESH_TOKEN).refreshToken(tokens.refreshToken());
        Instant requestedAt = clock.instant();
        try {
            return IssuedTokens.from(endpoint.refresh(request), requestedAt);
        } catch (AuthenticationException refreshRejected) {
            // invalid_grant: the refresh token expired, was revoked or was already used (a lost
            // answer to an earlier refresh). The credentials still work: log in again.
            return logIn();
        }
    }

    private IssuedTokens logIn() {
        TokenRequest request = username == null
                ? withClient(GrantTypeEnum.CLIENT_CREDENTIALS)
                : withClient(GrantTypeEnum.PASSWORD).username(username).password(password);
        Instant requestedAt = clock.instant();
        return IssuedTokens.from(endpoint.logIn(request), requestedAt);
    }

    private TokenRequest withClient(GrantTypeEnum grant) {
        return new TokenRequest().grantType(grant).clientId(client.clientId()).clientSecret(client.clientSecret());
    }

    @Override
    public String toString() {
        return "OAuthTokenSource[" + client.clientId() + (username == null ? "" : ", user " + username) + "]";
    }

    /**
     * The two ways to call the token endpoint: a log-in (client credentials or password) may be
     * repeated safely, so its POST is retried; a refresh may not (refresh tokens work once), so
     * its POST is never retried.
     */
    record TokenEndpoint(AuthApi logIns, AuthApi refreshes) {

        TokenResponse logIn(TokenRequest request) {
            return logIns.getAccessToken(request);
        }

        TokenResponse refresh(TokenRequest request) {
            return refreshes.getAccessToken(request);
        }
    }

    /** An access token, its refresh token and when to renew it. */
    private record IssuedTokens(String accessToken, String refreshToken, Instant renewAt) {

        static IssuedTokens from(TokenResponse response, Instant requestedAt) {
            Integer expiresIn = response.getExpiresIn();
            Instant renewAt = Instant.MAX;
            if (expiresIn != null) {
                Duration lifetime = Duration.ofSeconds(expiresIn);
                Duration tenth = lifetime.dividedBy(10);
                Duration margin = tenth.compareTo(MAX_SAFETY_MARGIN) < 0 ? tenth : MAX_SAFETY_MARGIN;
                // Counted from when the request left, so a slow answer renews early, not late.
                renewAt = requestedAt.plus(lifetime).minus(margin);
            }
            return new IssuedTokens(response.getAccessToken(), response.getRefreshToken(), renewAt);
        }

        boolean usableAt(Instant now) {
            return now.isBefore(renewAt);
        }

        IssuedTokens expired() {
            return new IssuedTokens(accessToken, refreshToken, Instant.MIN);
        }

        @Override
        public String toString() {
            return "IssuedTokens[renewAt=" + renewAt + "]";
        }
    }
}
