package dev.moodhoodkit.server.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moodhoodkit.testsupport.SpecFile;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** {@link ProblemType} and the spec's catalogue of problem types say the same. */
class ProblemTypeCatalogueTests {

    private static final Pattern KIND = Pattern.compile("`([a-z]+(?:-[a-z]+)*)`");
    private static final Pattern TYPE_URI = Pattern.compile(Pattern.quote(Problems.TYPE_BASE) + "([a-z-]+)");

    private static Set<String> enumSlugs() {
        return Arrays.stream(ProblemType.values())
                .map(ProblemType::slug)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void theEnumHoldsExactlyTheKindsTheSpecsCatalogueLists() {
        String description = SpecFile.resolved().getInfo().getDescription();
        int start = description.indexOf("## Problem types");
        assertThat(start)
                .as("the spec's description has a Problem types section")
                .isNotNegative();
        int end = description.indexOf("\n## ", start + 1);
        String section = description.substring(start, end < 0 ? description.length() : end);
        // The kinds follow "clients may rely on these kinds:"; before it, `type` names the field.
        section = section.substring(section.indexOf("kinds:"));
        Set<String> catalogue = new TreeSet<>();
        // The list starts after "kinds:" (the sentence before it names the `type` member).
        Matcher kinds = KIND.matcher(section.substring(Math.max(0, section.indexOf("kinds:"))));
        while (kinds.find()) {
            catalogue.add(kinds.group(1));
        }

        assertThat(catalogue).isNotEmpty().isEqualTo(enumSlugs());
    }

    @Test
    void everyProblemTypeTheSpecShowsAsAnExampleIsAKindOfTheEnum() {
        String spec = SpecFile.text();
        Set<String> examples = new TreeSet<>();
        Matcher types = TYPE_URI.matcher(spec);
        while (types.find()) {
            examples.add(types.group(1));
        }

        assertThat(examples).isNotEmpty();
        assertThat(enumSlugs()).containsAll(examples);
    }

    @Test
    void aKindsTypeUriIsTheBaseAndItsSlug() {
        assertThat(ProblemType.INVITE_ALREADY_ACTIVATED.uri())
                .hasToString("https://moodhood.online/problems/invite-already-activated");
        assertThat(ProblemType.INVITE_ALREADY_ACTIVATED.status().value()).isEqualTo(409);
    }
}
