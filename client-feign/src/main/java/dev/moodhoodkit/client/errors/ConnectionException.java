package dev.moodhoodkit.client.errors;

import java.io.IOException;
import java.io.InterruptedIOException;

/**
 * No answer arrived: the connection failed, was reset, or timed out ({@link #status()} is
 * {@code 0}). The cause is the I/O exception. Idempotent requests were retried before this was
 * thrown; a POST without an idempotency key never is, since the server may have acted on it.
 */
public class ConnectionException extends MoodhoodException {

    private static final long serialVersionUID = 1L;

    public ConnectionException(ErrorDetails details, IOException cause) {
        super(details, cause);
    }

    /** Whether the failure was a timeout (connect or read), rather than a refused or reset connection. */
    public boolean isTimeout() {
        // SocketTimeoutException (read) and HttpClient's ConnectTimeoutException both extend it.
        return getCause() instanceof InterruptedIOException;
    }
}
