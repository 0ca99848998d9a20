package dev.moodhoodkit.conformance.http;

import java.util.regex.Pattern;

/**
 * Reports are meant to be kept as CI artifacts: tokens, secrets and passwords in the bodies
 * they show keep only their first characters.
 */
final class Redaction {

    private static final Pattern SECRET_FIELD = Pattern.compile(
            "(\"(?:access_token|refresh_token|client_secret|clientSecret|password|secret|token|signalingToken)\"\\s*:\\s*\")([^\"]{0,6})[^\"]*(\")");
    private static final Pattern TOKEN_IN_URL =
            Pattern.compile("((?:accessToken|refreshToken|signature)=)([^&\"\\s]{0,6})[^&\"\\s]*");

    private Redaction() {}

    static String redact(String text) {
        String fields = SECRET_FIELD.matcher(text).replaceAll("$1$2…$3");
        return TOKEN_IN_URL.matcher(fields).replaceAll("$1$2…");
    }
}
