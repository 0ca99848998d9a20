package dev.moodhoodkit.client;

/**
 * A personal token made in the account's Integration section: it acts as a user token, never
 * expires and cannot be refreshed, so a 401 is final.
 */
final class PersonalTokenSource implements TokenSource {

    private final String token;

    PersonalTokenSource(String token) {
        this.token = token;
    }

    @Override
    public String accessToken() {
        return token;
    }

    @Override
    public boolean renewAfterRejection(String rejectedToken) {
        return false;
    }

    @Override
    public String toString() {
        return "PersonalTokenSource[token=***]";
    }
}
