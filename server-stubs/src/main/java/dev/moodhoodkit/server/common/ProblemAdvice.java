package dev.moodhoodkit.server.common;

import dev.moodhoodkit.server.api.model.Problem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindingResult;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

/**
 * Turns every failure into an RFC 9457 problem with the spec's {@code Problem} shape. Client
 * mistakes get a 4xx that says what to fix; anything unexpected is a 500 that leaks nothing
 * (no class names, SQL or stack traces) but the request id to quote.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemAdvice {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<Problem> problem(ProblemException e, HttpServletRequest request) {
        return Problems.response(e, request);
    }

    /** A {@code @Valid} body that breaks the spec's constraints: 422 with the fields at fault. */
    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<Problem> invalidBody(MethodArgumentNotValidException e, HttpServletRequest request) {
        return Problems.response(ProblemException.validation(fieldErrors(e.getBindingResult())), request);
    }

    /**
     * Constraints on parameters (ids, limits) and, when a method has both, on the body. A bad
     * body is 422 with its fields; a bad path or query parameter is 400.
     */
    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<Problem> invalidParameters(HandlerMethodValidationException e, HttpServletRequest request) {
        List<ProblemException.FieldProblem> bodyErrors = new ArrayList<>();
        List<String> parameterErrors = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> {
            if (result.getMethodParameter().hasParameterAnnotation(RequestBody.class)
                    && result instanceof org.springframework.validation.method.ParameterErrors errors) {
                errors.getFieldErrors()
                        .forEach(error -> bodyErrors.add(
                                new ProblemException.FieldProblem(error.getField(), error.getDefaultMessage())));
            } else {
                String name = result.getMethodParameter().getParameterName();
                result.getResolvableErrors()
                        .forEach(error -> parameterErrors.add(name + " " + error.getDefaultMessage()));
            }
        });
        if (!parameterErrors.isEmpty()) {
            return Problems.response(
                    ProblemException.badRequest("Invalid parameter: " + String.join("; ", parameterErrors)
                            + ". Ids are 24 lower-case hex characters."),
                    request);
        }
        return Problems.response(ProblemException.validation(bodyErrors), request);
    }

    /**
     * Constraints on path and query parameters, checked by the method-validation proxy that the
     * generated interfaces' {@code @Validated} asks for: 400 naming each parameter.
     */
    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Problem> invalidParameter(ConstraintViolationException e, HttpServletRequest request) {
        List<String> problems = e.getConstraintViolations().stream()
                .map(v -> lastNode(v.getPropertyPath().toString()) + " " + v.getMessage())
                .sorted()
                .distinct()
                .toList();
        return Problems.response(
                ProblemException.badRequest("Invalid parameter: " + String.join("; ", problems)
                        + ". Ids are 24 lower-case hex characters."),
                request);
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    /**
     * A body that is not JSON is 400. JSON whose values have the wrong type or an unknown enum
     * value is 422 naming the field, since the client can fix exactly that field.
     */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Problem> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        Throwable cause = e.getMostSpecificCause();
        // Not only the most specific cause: an unknown enum value fails in the generated enum's
        // @JsonCreator with an IllegalArgumentException, wrapped by the DatabindException that knows the field.
        DatabindException binding = databindCause(e);
        if (binding != null && !binding.getPath().isEmpty()) {
            String field = fieldPath(binding);
            return Problems.response(
                    ProblemException.invalidField(field, "has a value of the wrong type or outside its allowed values"),
                    request);
        }
        if (cause instanceof JacksonException) {
            return Problems.response(ProblemException.badRequest("The body is not valid JSON."), request);
        }
        return Problems.response(
                ProblemException.badRequest("The body cannot be read: send application/json."), request);
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    ResponseEntity<Problem> badParameter(Exception e, HttpServletRequest request) {
        String name = e instanceof MethodArgumentTypeMismatchException m
                ? m.getName()
                : ((MissingServletRequestParameterException) e).getParameterName();
        String what = e instanceof MissingServletRequestParameterException
                ? " is required."
                : " has a value of the wrong type.";
        return Problems.response(ProblemException.badRequest("The parameter " + name + what), request);
    }

    /**
     * A query string (or form body) that does not decode: a bad percent escape ({@code %zz},
     * a lone {@code %}) or bytes that are not UTF-8. Tomcat refuses it when the parameters are
     * first read, which is inside the handler's argument resolution, so it lands here.
     */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<Problem> undecodableParameters(InvalidParameterException e, HttpServletRequest request) {
        return Problems.response(
                ProblemException.badRequest(
                        "The query string or form body cannot be decoded: percent-encode it as UTF-8."),
                request);
    }

    /** A unique constraint that a concurrent request won: the state changed under the caller. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Problem> integrity(DataIntegrityViolationException e, HttpServletRequest request) {
        log.info(
                "Integrity violation answered as 409: {}",
                e.getMostSpecificCause().getClass().getSimpleName());
        return Problems.response(
                ProblemException.conflict(
                        ProblemType.CONFLICT, "The request conflicts with the current state; reload and try again."),
                request);
    }

    /** Spring's own 4xx (405, 406, 415, 404 for unknown paths...), in our shape. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Problem> unexpectedOrFramework(Exception e, HttpServletRequest request) {
        if (!(e instanceof ErrorResponse)) {
            return unexpected(e, request);
        }
        HttpStatusCode status = ((ErrorResponse) e).getStatusCode();
        String title = status instanceof HttpStatus known ? known.getReasonPhrase() : "Error";
        String slug = title.toLowerCase().replaceAll("[^a-z0-9]+", "-");
        String detail = ((ErrorResponse) e).getBody().getDetail();
        return Problems.response(status, Problems.problem(status, slug, title, detail, null, request));
    }

    private ResponseEntity<Problem> unexpected(Exception e, HttpServletRequest request) {
        log.error("Unexpected failure of {} {}", request.getMethod(), request.getRequestURI(), e);
        return Problems.response(
                new ProblemException(
                        ProblemType.INTERNAL, "The server failed; quote the request id when you report it."),
                request);
    }

    private static List<ProblemException.FieldProblem> fieldErrors(BindingResult result) {
        List<ProblemException.FieldProblem> errors = new ArrayList<>();
        result.getFieldErrors()
                .forEach(error ->
                        errors.add(new ProblemException.FieldProblem(error.getField(), error.getDefaultMessage())));
        result.getGlobalErrors()
                .forEach(error -> errors.add(
                        new ProblemException.FieldProblem(error.getObjectName(), error.getDefaultMessage())));
        return errors;
    }

    private static DatabindException databindCause(Throwable e) {
        for (Throwable cause = e; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof DatabindException binding) {
                return binding;
            }
        }
        return null;
    }

    private static String fieldPath(DatabindException binding) {
        StringBuilder path = new StringBuilder();
        binding.getPath().forEach(reference -> {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        });
        return path.isEmpty() ? "body" : path.toString();
    }
}
