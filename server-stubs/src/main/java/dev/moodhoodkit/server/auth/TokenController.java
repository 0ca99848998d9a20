package dev.moodhoodkit.server.auth;

import dev.moodhoodkit.server.api.AuthApi;
import dev.moodhoodkit.server.api.model.TokenRequest;
import dev.moodhoodkit.server.api.model.TokenResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /auth/token}, in JSON or form encoding (see {@link TokenRequestFormConverter}). */
@RestController
class TokenController implements AuthApi {

    private final TokenIssuer issuer;
    private final TokenMapper mapper;

    TokenController(TokenIssuer issuer, TokenMapper mapper) {
        this.issuer = issuer;
        this.mapper = mapper;
    }

    @Override
    public ResponseEntity<TokenResponse> getAccessToken(TokenRequest tokenRequest) {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .body(mapper.response(issuer.issue(mapper.grant(tokenRequest))));
    }
}
