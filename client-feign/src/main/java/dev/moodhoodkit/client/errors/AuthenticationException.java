package dev.moodhoodkit.client.errors;

/** 401 (missing, expired or revoked token), or the token endpoint's {@code invalid_client} (401) or {@code invalid_grant} (400: wrong user credentials, used or expired refresh token). The client already tried one fresh token before throwing this. */
public class AuthenticationException extends MoodhoodException {

    private static final long serialVersionUID = 1L;

    public AuthenticationException(ErrorDetails details) {
        super(details);
    }
}
