package dev.moodhoodkit.server.common;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;

/**
 * {@code @Pattern} and {@code @Size} on {@code java.net.URI}, which the generator puts on every
 * property with {@code format: uri} and a {@code pattern} or {@code maxLength} (a space's
 * {@code logo}, a room's {@code redirectUrl}). Hibernate Validator has no validator for those
 * pairs and fails every request of such a body, the property given or not, with
 * {@code UnexpectedTypeException} (a 500). These check the URI's text as the spec means it.
 * Registered in {@code META-INF/services/jakarta.validation.ConstraintValidator}.
 */
public final class UriConstraints {

    private UriConstraints() {}

    /**
     * The pattern applied as JSON Schema does: an unanchored search, so {@code ^https?://}
     * accepts any http or https URL (Hibernate's own {@code @Pattern} must match the whole text).
     */
    public static class PatternValidator implements ConstraintValidator<Pattern, URI> {

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

    /** The length of the URI's text, as {@code minLength}/{@code maxLength} count it. */
    public static class SizeValidator implements ConstraintValidator<Size, URI> {

        private int min;
        private int max;

        @Override
        public void initialize(Size annotation) {
            min = annotation.min();
            max = annotation.max();
        }

        @Override
        public boolean isValid(URI value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            int length = value.toString().length();
            return length >= min && length <= max;
        }
    }
}
