package dev.moodhoodkit.server.auth;

/**
 * A token request as the token endpoint reads it (RFC 6749 §4), whichever its encoding.
 *
 * @param username the user's email, for the password grant
 */
public record TokenGrant(
        Type type, String clientId, String clientSecret, String username, String password, String refreshToken) {

    /** The grants the endpoint knows. */
    public enum Type {
        CLIENT_CREDENTIALS,
        PASSWORD,
        REFRESH_TOKEN
    }
}
