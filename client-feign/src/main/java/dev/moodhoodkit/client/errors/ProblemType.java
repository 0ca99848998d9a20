package dev.moodhoodkit.client.errors;

import java.net.URI;

/**
 * The kind of problem a failed call answered, from the problem document's {@code type}: one of
 * the spec's catalogue ({@link SpecProblemType}, to compare with {@code ==} or to switch on) or,
 * for a type the spec does not list, an {@link OtherProblemType} that keeps the URI as sent.
 *
 * <pre>{@code
 * catch (ConflictException e) {
 *     if (e.type() == SpecProblemType.EMAIL_TAKEN) { ... }
 * }
 * }</pre>
 */
public sealed interface ProblemType permits SpecProblemType, OtherProblemType {

    /** The type URI, e.g. {@code https://moodhood.online/problems/not-found}. */
    URI uri();

    /** The spec's constant for {@code uri}, or an {@link OtherProblemType} keeping it. */
    static ProblemType of(URI uri) {
        if (uri == null) {
            throw new IllegalArgumentException("uri is missing");
        }
        return SpecProblemType.byUri(uri).map(ProblemType.class::cast).orElseGet(() -> new OtherProblemType(uri));
    }
}
