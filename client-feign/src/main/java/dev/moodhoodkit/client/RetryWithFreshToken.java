package dev.moodhoodkit.client;

import dev.moodhoodkit.client.errors.AuthenticationException;

/**
 * Marks a 401 that another token may cure, for {@link MoodhoodRetryer}: retried once at once,
 * whatever the method (the server did not act on a request it did not authenticate).
 */
final class RetryWithFreshToken extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient AuthenticationException rejection;

    RetryWithFreshToken(AuthenticationException rejection) {
        super(rejection.getMessage(), null, false, false);
        this.rejection = rejection;
    }

    AuthenticationException rejection() {
        return rejection;
    }
}
