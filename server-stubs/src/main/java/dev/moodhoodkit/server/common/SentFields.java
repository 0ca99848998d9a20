package dev.moodhoodkit.server.common;

import java.util.Set;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The top-level fields an update's JSON body sent, and which of them as {@code null}: what the
 * spec's PUT rule turns on (left out keeps a value, {@code null} clears it). The generated
 * models cannot tell the two apart (both read as {@code null}), so {@link SentFieldsAdvice}
 * records them from the body itself before it is bound.
 */
public record SentFields(Set<String> sent, Set<String> sentAsNull) {

    static final String ATTRIBUTE = SentFields.class.getName();

    /** No body read: nothing sent. */
    public static final SentFields NONE = new SentFields(Set.of(), Set.of());

    /** The fields of the current request's update body. */
    public static SentFields current() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        Object fields = request == null ? null : request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        return fields instanceof SentFields sentFields ? sentFields : NONE;
    }

    public boolean sent(String field) {
        return sent.contains(field);
    }

    /** Sent, and as {@code null}: the field is to be cleared. */
    public boolean cleared(String field) {
        return sentAsNull.contains(field);
    }

    /**
     * 422 naming a field sent as {@code null} that cannot be cleared (it has no "unset" value),
     * the first by name when there are several.
     */
    public void rejectNullsExcept(String... clearable) {
        Set<String> allowed = Set.of(clearable);
        sentAsNull.stream()
                .filter(field -> !allowed.contains(field))
                .sorted()
                .findFirst()
                .ifPresent(field -> {
                    throw ProblemException.invalidField(field, "cannot be cleared; leave it out to keep its value");
                });
    }
}
