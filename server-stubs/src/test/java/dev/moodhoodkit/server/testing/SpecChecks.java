package dev.moodhoodkit.server.testing;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.Response;

/**
 * {@link SpecValidator}'s checks for exchanges that another HTTP client made (the docs test runs
 * the real {@code curl}): the same contract, the same reports as {@link Api}'s.
 */
public final class SpecChecks {

    private SpecChecks() {}

    /** Fails with the validator's report unless request and response both match the spec. */
    public static void assertExchangeMatches(Request request, Response response, String what) {
        SpecValidator.assertExchangeMatches(request, response, what);
    }

    /** Fails unless the response is one the spec declares for {@code method path}. */
    public static void assertResponseMatches(String path, Request.Method method, Response response, String what) {
        SpecValidator.assertResponseMatches(path, method, response, what);
    }
}
