package dev.moodhoodkit.contract.pact.provider;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.provider.junitsupport.State;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.moodhoodkit.contract.support.ContractFiles;
import dev.moodhoodkit.contract.support.RunLast;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Every provider state the consumer tests name has a {@code @State} handler in the provider
 * verification. Pact fails an interaction whose state has no handler when it replays it; this
 * says so in the test phase already, naming the state and the interactions (operations) that
 * need it.
 */
@Order(RunLast.ORDER)
class EveryProviderStateHasAHandlerCheck {

    @Test
    void everyStateOfThePactHasAHandler() throws IOException {
        Set<String> handled = Arrays.stream(MoodhoodServerProviderIT.class.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(State.class))
                .map(m -> m.getAnnotation(State.class))
                .flatMap(s -> Arrays.stream(s.value()))
                .collect(Collectors.toCollection(TreeSet::new));

        Map<String, Set<String>> missing = new TreeMap<>();
        JsonNode pact = new ObjectMapper().readTree(ContractFiles.pactFile().toFile());
        for (JsonNode interaction : pact.path("interactions")) {
            for (JsonNode state : interaction.path("providerStates")) {
                String name = state.path("name").asText();
                if (!handled.contains(name)) {
                    missing.computeIfAbsent(name, k -> new TreeSet<>())
                            .add(interaction.path("description").asText());
                }
            }
        }

        assertThat(missing)
                .as("provider states without a @State handler in MoodhoodServerProviderIT, "
                        + "with the interactions that need them")
                .isEmpty();
    }
}
