package dev.moodhoodkit.server.common;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;

/**
 * {@code @Pattern} and {@code @Size} on {@link URI}. The generator maps the spec's
 * {@code format: uri} strings to {@code URI} and copies their {@code pattern} and
 * {@code maxLength}, for which Hibernate Validator has no validator: without these every such
 * request failed with 500. Registered through
 * {@code META-INF/services/jakarta.validation.ConstraintValidator}.
 */
public final class UriConstraintValidators {

    private UriConstraintValidators() {
    }

    /**
     * Matches the URI's text the way OpenAPI (JSON Schema, ECMA-262) does: unanchored, so the
     * spec's {@code ^https?://} means "starts with http:// or https://". (Bean Validation's
     * String {@code @Pattern} matches the whole value; every String pattern of the spec is
     * anchored at both ends, so both readings agree there.)
     */
    public static class PatternOnUri implements ConstraintValidator<Pattern, URI> {

        private java.util.regex.Pattern regex;

        @Override
        public void initialize(Pattern annotation) {
            regex = java.util.regex.Pattern.compile(annotation.regexp());
        }

        @Override
        public boolean isValid(URI value, ConstraintValidatorContext context) {
            return value == null || regex.matcher(value.toString()).find();
        }
    }

    /** The length of the URI's text. */
    public static class SizeOnUri implements ConstraintValidator<Size, URI> {

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
