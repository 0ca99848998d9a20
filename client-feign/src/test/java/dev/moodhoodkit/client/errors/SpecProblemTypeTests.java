package dev.moodhoodkit.client.errors;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The enum and the spec's catalogue of problem types are the same list. */
class SpecProblemTypeTests {

    private static final JsonNode SPEC = readSpec();

    @Test
    void theEnumIsTheCatalogueOfTheSpecsDescription() {
        assertThat(catalogue())
                .isEqualTo(Arrays.stream(SpecProblemType.values())
                        .collect(Collectors.toMap(
                                SpecProblemType::kind, SpecProblemType::status, (a, b) -> a, LinkedHashMap::new)));
    }

    @Test
    void everyTypeTheSpecsExamplesSendIsInTheEnum() {
        Set<String> types = new TreeSet<>();
        collectTypes(SPEC, types);

        assertThat(types).isNotEmpty();
        assertThat(types)
                .allSatisfy(type -> assertThat(SpecProblemType.byUri(URI.create(type)))
                        .as(type)
                        .isPresent());
    }

    @Test
    void aUriTheCatalogueLacksIsKeptAsSent() {
        URI unknown = URI.create("https://moodhood.online/problems/not-yet-invented");
        assertThat(ProblemType.of(unknown)).isEqualTo(new OtherProblemType(unknown));
        assertThat(ProblemType.of(URI.create(SpecProblemType.BASE + "not-found")))
                .isSameAs(SpecProblemType.NOT_FOUND);
    }

    /**
     * The kinds of "## Problem types" in info.description with the status after them:
     * "`malformed-request`, `body-too-large` (400); `unauthorized` (401); ...".
     */
    private static Map<String, Integer> catalogue() {
        String description = SPEC.path("info").path("description").asText();
        int start = description.indexOf("## Problem types");
        assertThat(start)
                .as("the spec's description has a Problem types section")
                .isNotNegative();
        int end = description.indexOf("\n##", start + 1);
        String section = description.substring(start, end < 0 ? description.length() : end);
        Map<String, Integer> kinds = new LinkedHashMap<>();
        Matcher group = Pattern.compile("((?:`[a-z-]+`,?\\s*)+)\\((\\d{3})\\)").matcher(section);
        while (group.find()) {
            Matcher kind = Pattern.compile("`([a-z-]+)`").matcher(group.group(1));
            while (kind.find()) {
                kinds.put(kind.group(1), Integer.parseInt(group.group(2)));
            }
        }
        return kinds;
    }

    /** Every {@code type} (and {@code example} of a type) under the spec that names a problem. */
    private static void collectTypes(JsonNode node, Set<String> types) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                JsonNode value = field.getValue();
                if (value.isTextual() && value.asText().startsWith(SpecProblemType.BASE)) {
                    types.add(value.asText());
                }
                collectTypes(value, types);
            });
        } else if (node.isArray()) {
            node.forEach(element -> collectTypes(element, types));
        } else if (node.isTextual() && node.asText().startsWith(SpecProblemType.BASE)) {
            types.add(node.asText());
        }
    }

    private static JsonNode readSpec() {
        try (InputStream in = SpecProblemTypeTests.class.getResourceAsStream("/openapi/openapi.yaml")) {
            return new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
