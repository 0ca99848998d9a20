package dev.moodhoodkit.server.auth;

import dev.moodhoodkit.server.api.AuthApi;
import dev.moodhoodkit.server.api.model.TokenRequest;
import dev.moodhoodkit.server.api.model.TokenResponse;
import dev.moodhoodkit.server.common.CredentialAttempts;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /auth/token}, in JSON or form encoding (see {@link TokenRequestFormConverter}). */
@RestController
class TokenController implements AuthApi {

    private final TokenIssuer issuer;
    private final TokenMapper mapper;
    private final CredentialAttempts attempts;

    TokenController(TokenIssuer issuer, TokenMapper mapper, CredentialAttempts attempts) {
        this.issuer = issuer;
        this.mapper = mapper;
        this.attempts = attempts;
    }

    @Override
    public ResponseEntity<TokenResponse> getAccessToken(TokenRequest tokenRequest) {
        // Brute-force protection: failed requests count per client and, for passwords, per username.
        String username =
                tokenRequest.getGrantType() == TokenRequest.GrantTypeEnum.PASSWORD ? tokenRequest.getUsername() : null;
        TokenResponse tokens = attempts.attempt(
                tokenRequest.getClientId(), username, () -> mapper.response(issuer.issue(mapper.grant(tokenRequest))));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(tokens);
    }
}
