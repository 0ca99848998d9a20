package dev.moodhoodkit.testsupport;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * THE contract as every module's tests read it: the file the build names in the system property
 * {@value #PROPERTY} (the api-spec source tree, so that a {@code -pl <module>} run checks the
 * spec being edited), otherwise {@value #RESOURCE} from the api-spec jar on the classpath, the
 * very file the server serves. Read once per JVM, parsed once per JVM.
 */
public final class SpecFile {

    /** System property naming openapi.yaml on disk; without it the classpath copy is read. */
    public static final String PROPERTY = "moodhood.spec";

    /** Where the api-spec jar keeps the spec. */
    public static final String RESOURCE = "openapi/openapi.yaml";

    private static String text;
    private static OpenAPI resolved;

    private SpecFile() {}

    /** The spec as written. */
    public static synchronized String text() {
        if (text == null) {
            text = read();
        }
        return text;
    }

    /**
     * The spec parsed with every {@code $ref} resolved in place: operations, parameters,
     * examples and schemas read directly, without following references by hand.
     */
    public static synchronized OpenAPI resolved() {
        if (resolved == null) {
            ParseOptions options = new ParseOptions();
            options.setResolve(true);
            options.setResolveFully(true);
            SwaggerParseResult result = new OpenAPIV3Parser().readContents(text(), null, options);
            if (result.getOpenAPI() == null) {
                throw new IllegalStateException("openapi.yaml does not parse: " + result.getMessages());
            }
            resolved = result.getOpenAPI();
        }
        return resolved;
    }

    private static String read() {
        String location = System.getProperty(PROPERTY);
        try {
            if (location != null && !location.isBlank()) {
                return Files.readString(Path.of(location), StandardCharsets.UTF_8);
            }
            try (InputStream in = SpecFile.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is not on the classpath (api-spec jar missing?)");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the spec " + (location != null ? location : RESOURCE), e);
        }
    }
}
