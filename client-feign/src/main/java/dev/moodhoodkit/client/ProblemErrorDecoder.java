package dev.moodhoodkit.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.moodhoodkit.client.errors.AuthenticationException;
import dev.moodhoodkit.client.errors.ConflictException;
import dev.moodhoodkit.client.errors.ErrorDetails;
import dev.moodhoodkit.client.errors.MoodhoodException;
import dev.moodhoodkit.client.errors.NotFoundException;
import dev.moodhoodkit.client.errors.PermissionException;
import dev.moodhoodkit.client.errors.RateLimitedException;
import dev.moodhoodkit.client.errors.ServerException;
import dev.moodhoodkit.client.errors.ValidationException;
import dev.moodhoodkit.client.model.FieldError;
import dev.moodhoodkit.client.model.OAuthError;
import dev.moodhoodkit.client.model.Problem;
import feign.Request;
import feign.Response;
import feign.RetryableException;
import feign.codec.ErrorDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Turns an error answer into the exception hierarchy, reading the body with the generated
 * {@link Problem} and {@link OAuthError} models. Answers worth another attempt come back wrapped
 * in a {@link RetryableException} for {@link MoodhoodRetryer} to judge: 429 and 503, and a 401
 * when the token source can get a different token.
 */
final class ProblemErrorDecoder implements ErrorDecoder {

    /** Problem documents are small; a proxy's error page is not worth reading in full. */
    private static final int MAX_BODY_BYTES = 64 * 1024;

    private final ObjectMapper mapper;
    private final Clock clock;
    private final TokenSource tokens;

    /**
     * @param tokens the token source of the calls decoded here, or {@code null} for calls
     *               without one (the token endpoint), where a 401 is final
     */
    ProblemErrorDecoder(ObjectMapper mapper, Clock clock, TokenSource tokens) {
        this.mapper = mapper;
        this.clock = clock;
        this.tokens = tokens;
    }

    @Override
    public Exception decode(String methodKey, Response response) {
        int status = response.status();
        Request request = response.request();
        ErrorBody body = read(response);
        String requestId = body.problem != null && body.problem.getRequestId() != null
                ? body.problem.getRequestId()
                : RequestHeaders.first(response.headers(), RequestHeaders.REQUEST_ID);
        ErrorDetails details = new ErrorDetails(
                status,
                body.type(),
                body.title(response),
                body.detail(),
                requestId,
                body.oauthError,
                request.httpMethod().name(),
                request.url());
        MoodhoodException failure = categorize(status, details, body, retryAfter(response));

        if (status == 401
                && failure instanceof AuthenticationException rejected
                && tokens != null
                && tokens.renewAfterRejection(RequestHeaders.bearerToken(request))) {
            return new RetryableException(
                    status,
                    failure.getMessage(),
                    request.httpMethod(),
                    new RetryWithFreshToken(rejected),
                    (Long) null,
                    request);
        }
        if (status == 429 || status == 503) {
            return new RetryableException(
                    status, failure.getMessage(), request.httpMethod(), failure, (Long) null, request);
        }
        return failure;
    }

    private static MoodhoodException categorize(int status, ErrorDetails details, ErrorBody body, Duration retryAfter) {
        if (details.oauthError() != null
                && (details.oauthError().equals("invalid_grant")
                        || details.oauthError().equals("invalid_client"))) {
            return new AuthenticationException(details);
        }
        List<FieldError> fields = body.problem == null ? List.of() : body.problem.getErrors();
        return switch (status) {
            case 400, 413, 422, 431 -> new ValidationException(details, fields);
            case 401 -> new AuthenticationException(details);
            case 403 -> new PermissionException(details);
            case 404 -> new NotFoundException(details);
            case 409 -> new ConflictException(details);
            case 429 -> new RateLimitedException(details, retryAfter);
            default -> status >= 500 ? new ServerException(details, retryAfter) : new MoodhoodException(details);
        };
    }

    private ErrorBody read(Response response) {
        ErrorBody body = new ErrorBody();
        if (response.body() == null) {
            return body;
        }
        JsonNode json;
        try (InputStream in = response.body().asInputStream()) {
            byte[] bytes = in.readNBytes(MAX_BODY_BYTES);
            json = bytes.length == 0 ? null : mapper.readTree(bytes);
        } catch (IOException notJson) {
            return body; // e.g. an HTML page from a proxy: the status line will do
        }
        if (json == null || !json.isObject()) {
            return body;
        }
        if (json.hasNonNull("error") && !json.has("status")) {
            readOAuthError(json, body);
        } else {
            try {
                body.problem = mapper.treeToValue(json, Problem.class);
            } catch (IOException | IllegalArgumentException malformedProblem) {
                // e.g. a type that is not a URI: keep the status line rather than fail twice.
            }
        }
        return body;
    }

    private void readOAuthError(JsonNode json, ErrorBody body) {
        try {
            OAuthError error = mapper.treeToValue(json, OAuthError.class);
            body.oauthError = error.getError().getValue();
            body.oauthDescription = error.getErrorDescription();
        } catch (IOException | IllegalArgumentException unknownCode) {
            // An error code the spec does not list (RFC 6749 allows extensions): keep it as text.
            body.oauthError = json.get("error").asText();
            body.oauthDescription = json.path("error_description").asText(null);
        }
    }

    /** {@code Retry-After} in seconds, or as an HTTP date; {@code null} if absent or unreadable. */
    private Duration retryAfter(Response response) {
        String value = RequestHeaders.first(response.headers(), RequestHeaders.RETRY_AFTER);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long seconds = Long.parseLong(value.trim());
            return seconds < 0 ? null : Duration.ofSeconds(seconds);
        } catch (NumberFormatException notSeconds) {
            try {
                Duration until = Duration.between(
                        clock.instant(),
                        ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME)
                                .toInstant());
                return until.isNegative() ? Duration.ZERO : until;
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }

    /** What the body of an error answer said. */
    private static final class ErrorBody {
        Problem problem;
        String oauthError;
        String oauthDescription;

        URI type() {
            return problem == null ? null : problem.getType();
        }

        String title(Response response) {
            if (problem != null && problem.getTitle() != null) {
                return problem.getTitle();
            }
            if (oauthError != null) {
                return "OAuth error " + oauthError;
            }
            return response.reason() == null || response.reason().isBlank()
                    ? "HTTP " + response.status()
                    : response.reason();
        }

        String detail() {
            return problem != null ? problem.getDetail() : oauthDescription;
        }
    }
}
