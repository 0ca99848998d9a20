package dev.moodhoodkit.client.errors;

import java.net.URI;

/**
 * A call to the MoodHood API failed. Every failure of a call made through
 * {@code MoodhoodClient} is one of these (or a subclass), never a raw Feign or I/O exception.
 *
 * <p>The details come from the answer's RFC 9457 problem document, or from the OAuth 2.0 error
 * of the token endpoint, or (for an answer that is neither, e.g. an HTML page of a proxy) from
 * the HTTP status line. Quote {@link #requestId()} when you report a problem to the API's
 * operators.
 *
 * <p>Subclasses name the categories a caller usually handles differently:
 * {@link AuthenticationException} (401, bad credentials), {@link PermissionException} (403),
 * {@link NotFoundException} (404), {@link ConflictException} (409),
 * {@link ValidationException} (400, 422), {@link RateLimitedException} (429),
 * {@link ServerException} (5xx) and {@link ConnectionException} (no answer at all). Other
 * statuses are thrown as this class.
 */
public class MoodhoodException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ErrorDetails details;

    public MoodhoodException(ErrorDetails details) {
        this(details, null);
    }

    public MoodhoodException(ErrorDetails details, Throwable cause) {
        super(details.describe(), cause);
        this.details = details;
    }

    /** Everything known about the failure. */
    public ErrorDetails details() {
        return details;
    }

    /** The HTTP status, or {@code 0} when no answer arrived (see {@link ConnectionException}). */
    public int status() {
        return details.status();
    }

    /**
     * The kind of problem, from the problem's {@code type}: a {@link SpecProblemType} of the
     * spec's catalogue, or an {@link OtherProblemType} keeping a URI the catalogue lacks;
     * {@code null} if the answer had no type (an OAuth 2.0 error, a proxy's page, no answer).
     */
    public ProblemType type() {
        return details.type() == null ? null : ProblemType.of(details.type());
    }

    /** The problem's {@code type} URI as sent; {@code null} if the answer had none. */
    public URI typeUri() {
        return details.type();
    }

    /** A short human summary: the problem's {@code title}, or the HTTP reason. */
    public String title() {
        return details.title();
    }

    /** What went wrong in this occurrence: the problem's {@code detail} or OAuth {@code error_description}. */
    public String detail() {
        return details.detail();
    }

    /** The request's id (problem {@code requestId} or {@code X-Request-Id} header); {@code null} if unknown. */
    public String requestId() {
        return details.requestId();
    }

    /** The OAuth 2.0 error code ({@code invalid_grant}...) when the token endpoint failed, else {@code null}. */
    public String oauthError() {
        return details.oauthError();
    }
}
