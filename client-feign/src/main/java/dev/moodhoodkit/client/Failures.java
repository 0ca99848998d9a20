package dev.moodhoodkit.client;

import com.fasterxml.jackson.core.JacksonException;
import dev.moodhoodkit.client.errors.ConnectionException;
import dev.moodhoodkit.client.errors.ErrorDetails;
import dev.moodhoodkit.client.errors.MoodhoodException;
import feign.FeignException;
import feign.Request;
import java.io.IOException;

/** Turns whatever Feign throws into the client's exception hierarchy. */
final class Failures {

    /** The title of a failure whose answer arrived but could not be read as the method's return type. */
    static final String UNREADABLE_ANSWER = "Unreadable answer";

    private Failures() {}

    static MoodhoodException translate(FeignException e) {
        Throwable cause = e.getCause();
        if (cause instanceof MoodhoodException failure) {
            return failure;
        }
        if (cause instanceof RetryWithFreshToken fresh) {
            return fresh.rejection();
        }
        Request request = e.request();
        String method = request == null ? null : request.httpMethod().name();
        String url = request == null ? null : request.url();
        if (cause instanceof JacksonException unreadable) {
            // Checked before IOException, which Jackson's exceptions extend: the server did
            // answer, with a body that is not the JSON the method returns. TextAndBinaryDecoder
            // reports that with the answer's headers; this is the fallback for other paths.
            return new MoodhoodException(
                    new ErrorDetails(
                            Math.max(e.status(), 0),
                            null,
                            UNREADABLE_ANSWER,
                            "The answer is not what the method returns: " + unreadable.getOriginalMessage(),
                            null,
                            null,
                            method,
                            url),
                    e);
        }
        if (cause instanceof IOException io) {
            String title = (io instanceof java.io.InterruptedIOException ? "Timed out: " : "No answer: ")
                    + io.getClass().getSimpleName();
            return new ConnectionException(
                    new ErrorDetails(0, null, title, io.getMessage(), null, null, method, url), io);
        }
        // Encoding or decoding failed (e.g. a 2xx body that does not match the model).
        int status = Math.max(e.status(), 0);
        String title = e.getClass().getSimpleName();
        String requestId = e.responseHeaders() == null
                ? null
                : RequestHeaders.first(e.responseHeaders(), RequestHeaders.REQUEST_ID);
        return new MoodhoodException(
                new ErrorDetails(status, null, title, e.getMessage(), requestId, null, method, url), e);
    }
}
