package dev.moodhoodkit.server.auth;

import org.springframework.http.HttpStatus;

/** A failure of the token endpoint, answered in OAuth 2.0's error shape (RFC 6749 §5.2). */
class OAuthException extends RuntimeException {

    /** The RFC 6749 §5.2 error codes the server answers, by the names the spec's enum gives them. */
    enum Code {
        INVALID_REQUEST,
        INVALID_CLIENT,
        INVALID_GRANT
    }

    private final Code error;

    OAuthException(Code error, String description) {
        super(description);
        this.error = error;
    }

    Code error() {
        return error;
    }

    HttpStatus status() {
        return error == Code.INVALID_CLIENT ? HttpStatus.UNAUTHORIZED : HttpStatus.BAD_REQUEST;
    }

    static OAuthException invalidRequest(String description) {
        return new OAuthException(Code.INVALID_REQUEST, description);
    }

    static OAuthException invalidClient() {
        return new OAuthException(Code.INVALID_CLIENT, "Client authentication failed");
    }

    static OAuthException invalidGrant(String description) {
        return new OAuthException(Code.INVALID_GRANT, description);
    }
}
