package dev.moodhoodkit.client;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Settings of one call, passed with it ({@link MoodhoodClient#with(RequestOptions)}): an
 * idempotency key, a timeout, extra headers. Immutable: each {@code with…} method returns a new
 * value, so one value may be kept in a constant and shared by threads.
 *
 * <pre>{@code
 * RequestOptions once = RequestOptions.defaults().withIdempotencyKey("order-4711").withTimeout(Duration.ofSeconds(5));
 * CreatedId space = moodhood.with(once).spaces().createSpace(request);
 * }</pre>
 *
 * <p>Without a key, every POST gets a random one (a UUID), the same on each of that call's
 * retries; give your own to make a POST safe to repeat across calls too (e.g. after a restart).
 */
public final class RequestOptions {

    private static final RequestOptions DEFAULTS = new RequestOptions(null, null, Map.of());

    /** RFC 9110 token characters: what a header name may contain. */
    private static final Pattern HEADER_NAME = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

    /** Visible ASCII and spaces: what a header value may contain here (no line breaks). */
    private static final Pattern HEADER_VALUE = Pattern.compile("[\\x20-\\x7E]*");

    /** Headers the client writes itself: setting them here would break tokens, retries or bodies. */
    private static final Set<String> RESERVED = Set.of(
            "authorization",
            "idempotency-key",
            "user-agent",
            "content-type",
            "content-length",
            "transfer-encoding",
            "host",
            "connection");

    private static final int MAX_KEY_LENGTH = 255;

    private final String idempotencyKey;
    private final Duration timeout;
    private final Map<String, String> headers;

    private RequestOptions(String idempotencyKey, Duration timeout, Map<String, String> headers) {
        this.idempotencyKey = idempotencyKey;
        this.timeout = timeout;
        this.headers = headers;
    }

    /** No key (POSTs get a generated one), the client's timeouts, no extra header. */
    public static RequestOptions defaults() {
        return DEFAULTS;
    }

    /**
     * These options with the {@code Idempotency-Key} the calls send: use one key per operation,
     * and the same key when you repeat that operation yourself.
     *
     * @throws IllegalArgumentException if the key is blank, longer than 255 characters or not visible ASCII
     */
    public RequestOptions withIdempotencyKey(String key) {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("idempotencyKey is missing");
        }
        if (key.length() > MAX_KEY_LENGTH || !HEADER_VALUE.matcher(key).matches()) {
            throw new IllegalArgumentException("idempotencyKey must be at most " + MAX_KEY_LENGTH
                    + " visible ASCII characters, was '" + key + "'");
        }
        return new RequestOptions(key, timeout, headers);
    }

    /**
     * These options with how long each attempt of a call waits for the answer, in place of the
     * client's {@code readTimeout}. Retries may add attempts; the connect timeout stays.
     *
     * @throws IllegalArgumentException if the timeout is missing, zero or negative
     */
    public RequestOptions withTimeout(Duration timeout) {
        if (timeout == null || timeout.isZero() || timeout.isNegative()) {
            throw new IllegalArgumentException("timeout must be positive, was " + timeout);
        }
        return new RequestOptions(idempotencyKey, timeout, headers);
    }

    /**
     * These options with one more header (replacing an earlier one of the same name), e.g. a
     * correlation id for your logs.
     *
     * @throws IllegalArgumentException if the name is not a header name, the value has line
     *     breaks or non-ASCII characters, or the client writes that header itself
     *     (Authorization, Idempotency-Key, User-Agent, Content-Type…)
     */
    public RequestOptions withHeader(String name, String value) {
        if (name == null || !HEADER_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a header name: '" + name + "'");
        }
        if (RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException(name + " is written by the client itself"
                    + (name.equalsIgnoreCase("Idempotency-Key") ? ": use withIdempotencyKey(key)" : ""));
        }
        if (value == null || !HEADER_VALUE.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "the value of header " + name + " must be visible ASCII without line breaks, was '" + value + "'");
        }
        Map<String, String> more = new LinkedHashMap<>();
        headers.forEach((n, v) -> {
            if (!n.equalsIgnoreCase(name)) {
                more.put(n, v);
            }
        });
        more.put(name, value);
        return new RequestOptions(idempotencyKey, timeout, Collections.unmodifiableMap(more));
    }

    /** The idempotency key the calls send, if one was given. */
    public Optional<String> idempotencyKey() {
        return Optional.ofNullable(idempotencyKey);
    }

    /** The answer timeout of each attempt, if one was given. */
    public Optional<Duration> timeout() {
        return Optional.ofNullable(timeout);
    }

    /** The extra headers, in the order they were added. */
    public Map<String, String> headers() {
        return headers;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RequestOptions that
                && Objects.equals(idempotencyKey, that.idempotencyKey)
                && Objects.equals(timeout, that.timeout)
                && headers.equals(that.headers);
    }

    @Override
    public int hashCode() {
        return Objects.hash(idempotencyKey, timeout, headers);
    }

    @Override
    public String toString() {
        return "RequestOptions[idempotencyKey=" + idempotencyKey + ", timeout=" + timeout + ", headers="
                + headers.keySet() + "]";
    }
}
