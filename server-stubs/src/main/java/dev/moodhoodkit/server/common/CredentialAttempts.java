package dev.moodhoodkit.server.common;

import java.util.function.Supplier;

/**
 * The token endpoint's brute-force guard, as the token endpoint sees it (the rate limits
 * implement it; this interface keeps the two packages from depending on each other).
 */
public interface CredentialAttempts {

    /**
     * Runs {@code issue} for a token request of {@code clientId} ({@code username} for the
     * password grant, else null), or refuses it with 429 when either has used up its failures.
     */
    <T> T attempt(String clientId, String username, Supplier<T> issue);
}
