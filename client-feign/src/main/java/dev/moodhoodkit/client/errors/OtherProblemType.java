package dev.moodhoodkit.client.errors;

import java.net.URI;

/** A problem type the spec's catalogue does not list (a newer server, a proxy), kept as sent. */
public record OtherProblemType(URI uri) implements ProblemType {}
