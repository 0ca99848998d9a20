package dev.moodhoodkit.server.auth;

import dev.moodhoodkit.server.common.ProblemException;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The caller of the request being served. The generated interfaces fix the controllers'
 * signatures, so the authentication filter leaves the caller here instead of in a parameter.
 */
public final class CurrentCaller {

    private static final String ATTRIBUTE = CurrentCaller.class.getName();

    private CurrentCaller() {}

    static void set(jakarta.servlet.http.HttpServletRequest request, Caller caller) {
        request.setAttribute(ATTRIBUTE, caller);
    }

    public static Caller get() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        Object caller = attributes == null ? null : attributes.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (caller == null) {
            throw ProblemException.unauthorized("This call needs an access token.");
        }
        return (Caller) caller;
    }

    /** The calling user; a client or guest token answers 403, as MoodHood does. */
    public static Caller.User user() {
        return get().requireUser();
    }
}
