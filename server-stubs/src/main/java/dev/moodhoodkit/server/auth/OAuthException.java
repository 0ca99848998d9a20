package dev.moodhoodkit.server.auth;

import dev.moodhoodkit.server.api.model.OAuthError;
import org.springframework.http.HttpStatus;

/** A failure of the token endpoint, answered in OAuth 2.0's error shape (RFC 6749 §5.2). */
class OAuthException extends RuntimeException {

    private final OAuthError.ErrorEnum error;

    OAuthException(OAuthError.ErrorEnum error, String description) {
        super(description);
        this.error = error;
    }

    OAuthError.ErrorEnum error() {
        return error;
    }

    HttpStatus status() {
        return error == OAuthError.ErrorEnum.INVALID_CLIENT ? HttpStatus.UNAUTHORIZED : HttpStatus.BAD_REQUEST;
    }

    static OAuthException invalidRequest(String description) {
        return new OAuthException(OAuthError.ErrorEnum.INVALID_REQUEST, description);
    }

    static OAuthException invalidClient() {
        return new OAuthException(OAuthError.ErrorEnum.INVALID_CLIENT, "Client authentication failed");
    }

    static OAuthException invalidGrant(String description) {
        return new OAuthException(OAuthError.ErrorEnum.INVALID_GRANT, description);
    }
}
