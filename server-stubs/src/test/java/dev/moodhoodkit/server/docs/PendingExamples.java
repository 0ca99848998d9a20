package dev.moodhoodkit.server.docs;

import dev.moodhoodkit.server.testing.Implementations;
import dev.moodhoodkit.server.testing.SpecOperations;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether the server implements the operation an example calls. A {@code # pending:} example
 * (its feature is another issue's) is skipped only while this is false: once the feature is on
 * main, the example runs like any other, so a pending line forgotten in a page hides nothing.
 */
final class PendingExamples {

    private static final Pattern URL =
            Pattern.compile(Pattern.quote(DocsExamplesTests.DOCUMENTED_SERVER) + "/v1(/[^\\s\"'?]*)");
    private static final Pattern METHOD = Pattern.compile("(?:-X\\s*|--request[\\s=])([A-Za-z]+)");
    private static final Pattern DATA = Pattern.compile("(^|\\s)(-d|--data[a-z-]*|--json)[\\s=]");

    private PendingExamples() {}

    static boolean implemented(DocExample example) {
        return operation(example.command())
                .map(op -> Implementations.implemented(Implementations.apiOfTag(op.tag())))
                .orElse(false);
    }

    /** The spec operation of a command: its method and its URL's path, placeholders standing for any segment. */
    static Optional<SpecOperations.SpecOperation> operation(String command) {
        Matcher url = URL.matcher(command);
        if (!url.find()) {
            return Optional.empty();
        }
        String path = url.group(1).replaceAll("\\$\\{?[A-Z][A-Z0-9_]*}?", "x");
        Matcher method = METHOD.matcher(command);
        String verb = method.find()
                ? method.group(1).toUpperCase(Locale.ROOT)
                : DATA.matcher(command).find() ? "POST" : "GET";
        return SpecOperations.all().stream()
                .filter(op -> op.method().equals(verb))
                .filter(op -> path.matches(op.path().replaceAll("\\{[^}]+}", "[^/]+")))
                .findFirst();
    }
}
