package dev.moodhoodkit.server.common;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.Pattern;
import java.net.URI;

/**
 * {@code @Pattern} on {@code java.net.URI}, which the generator puts on every property with
 * {@code format: uri} and a {@code pattern} (a space's {@code logo}, a room's
 * {@code redirectUrl}). Hibernate Validator has no validator for that pair and fails the request
 * with {@code UnexpectedTypeException} (a 500). The pattern is applied as JSON Schema does: an
 * unanchored search, so {@code ^https?://} accepts any http or https URL. Registered in
 * {@code META-INF/services/jakarta.validation.ConstraintValidator}.
 */
public class UriPatternValidator implements ConstraintValidator<Pattern, URI> {

    private java.util.regex.Pattern pattern;

    @Override
    public void initialize(Pattern annotation) {
        int flags = 0;
        for (Pattern.Flag flag : annotation.flags()) {
            flags |= flag.getValue();
        }
        pattern = java.util.regex.Pattern.compile(annotation.regexp(), flags);
    }

    @Override
    public boolean isValid(URI value, ConstraintValidatorContext context) {
        return value == null || pattern.matcher(value.toString()).find();
    }
}
