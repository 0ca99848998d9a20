package dev.moodhoodkit.server.auth;

import dev.moodhoodkit.server.api.model.OAuthError;
import dev.moodhoodkit.server.common.ProblemException;
import dev.moodhoodkit.server.common.Problems;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;

/**
 * The token endpoint answers OAuth 2.0 errors (RFC 6749 §5.2), not problem documents; this
 * advice takes precedence over the general one for {@link TokenController} only.
 */
@RestControllerAdvice(assignableTypes = TokenController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class TokenErrors {

    /**
     * A client that authenticated with HTTP Basic gets its challenge back (RFC 6749 §5.2),
     * except from a script ({@code X-Requested-With: XMLHttpRequest}, as Swagger UI sends): a
     * browser would pop up its own login box over the page. A client that sent its secret in the
     * body gets the same 401 without a challenge, which would invite the same box for nothing.
     */
    @ExceptionHandler(OAuthException.class)
    ResponseEntity<OAuthError> oauth(OAuthException e, HttpServletRequest request) {
        ResponseEntity<OAuthError> answer =
                answer(e.status(), OAuthError.ErrorEnum.valueOf(e.error().name()), e.getMessage());
        if (e.status() == HttpStatus.UNAUTHORIZED
                && TokenRequestBasicAuth.usesBasic(request.getHeader(HttpHeaders.AUTHORIZATION))
                && !"XMLHttpRequest".equalsIgnoreCase(request.getHeader("X-Requested-With"))) {
            return ResponseEntity.status(answer.getStatusCode())
                    .headers(answer.getHeaders())
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"moodhood\"")
                    .body(answer.getBody());
        }
        return answer;
    }

    @ExceptionHandler({MethodArgumentNotValidException.class, HandlerMethodValidationException.class})
    ResponseEntity<OAuthError> invalid(Exception e) {
        return answer(
                HttpStatus.BAD_REQUEST,
                OAuthError.ErrorEnum.INVALID_REQUEST,
                "grant_type, client_id and client_secret are required, within their size limits");
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<OAuthError> unreadable(HttpMessageNotReadableException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("grant_type") || message.contains("GrantTypeEnum")) {
            return answer(
                    HttpStatus.BAD_REQUEST,
                    OAuthError.ErrorEnum.UNSUPPORTED_GRANT_TYPE,
                    "grant_type must be client_credentials, password or refresh_token");
        }
        return answer(HttpStatus.BAD_REQUEST, OAuthError.ErrorEnum.INVALID_REQUEST, "The request body cannot be read");
    }

    /**
     * A form body with a bad percent escape or bytes that are not UTF-8: Tomcat refuses it when
     * Spring reads the form's parameters, before {@link TokenRequestFormConverter} sees it.
     */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<OAuthError> undecodable(InvalidParameterException e) {
        return answer(
                HttpStatus.BAD_REQUEST,
                OAuthError.ErrorEnum.INVALID_REQUEST,
                "The form body cannot be decoded: percent-encode it as UTF-8");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<OAuthError> mediaType(HttpMediaTypeNotSupportedException e) {
        return answer(
                HttpStatus.BAD_REQUEST,
                OAuthError.ErrorEnum.INVALID_REQUEST,
                "Send application/json or application/x-www-form-urlencoded");
    }

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<?> problem(ProblemException e, HttpServletRequest request) {
        return Problems.response(e, request);
    }

    private static ResponseEntity<OAuthError> answer(
            HttpStatus status, OAuthError.ErrorEnum error, String description) {
        OAuthError body = new OAuthError(error);
        body.setErrorDescription(description);
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_JSON)
                .cacheControl(CacheControl.noStore())
                .body(body);
    }
}
