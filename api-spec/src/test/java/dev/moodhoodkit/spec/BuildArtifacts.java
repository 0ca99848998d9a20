package dev.moodhoodkit.spec;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.swagger.v3.core.util.Yaml;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the build derives from the contract, written beside it into the jar's classes folder
 * (exec-maven-plugin, phase process-test-classes, in api-spec's pom): the mirror
 * ({@value #MIRROR}) and the fidelity page ({@value #FIDELITY}). It lives with the tests
 * because it needs only their libraries, which the jar itself does not carry.
 *
 * <p>Arguments: the contract's path, the output folder (the jar's root).
 */
public final class BuildArtifacts {

    /** The mirror's classpath location in the api-spec jar. */
    static final String MIRROR = "openapi/openapi-mirror.yaml";

    /** The fidelity page's classpath location in the api-spec jar. */
    static final String FIDELITY = "openapi/fidelity.html";

    private BuildArtifacts() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: BuildArtifacts <openapi.yaml> <output folder>");
        }
        String contractText = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        ObjectNode contract = (ObjectNode) Yaml.mapper().readTree(contractText);
        Path out = Path.of(args[1]);
        write(out.resolve(MIRROR), mirrorText(contract));
        write(out.resolve(FIDELITY), FidelityPage.html(contract));
    }

    static String mirrorText(ObjectNode contract) throws IOException {
        return "# Derived by the build from openapi.yaml (BuildArtifacts): the contract less every element\n"
                + "# it marks as the kit's. Do not edit; edit openapi.yaml.\n"
                + yaml().writeValueAsString(MirrorBuilder.mirror(contract));
    }

    private static ObjectMapper yaml() {
        YAMLFactory factory = YAMLFactory.builder()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
                .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                .build();
        return new ObjectMapper(factory);
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
