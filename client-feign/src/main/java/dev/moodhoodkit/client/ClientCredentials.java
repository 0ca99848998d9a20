package dev.moodhoodkit.client;

/** The integrating application's {@code client_id} and {@code client_secret}. */
record ClientCredentials(String clientId, String clientSecret) {

    @Override
    public String toString() {
        return "ClientCredentials[clientId=" + clientId + ", clientSecret=***]";
    }
}
