package dev.moodhoodkit.conformance.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.moodhoodkit.conformance.cli.Options.SpecChoice;
import dev.moodhoodkit.conformance.spec.Contract.SpecOperation;
import org.junit.jupiter.api.Test;

class ContractTests {

    private static final Contract FULL = Contract.load(SpecChoice.FULL);

    @Test
    void theFullSpecListsEveryOperationWithItsMethodAndPath() {
        assertThat(FULL.operations()).hasSizeGreaterThanOrEqualTo(44);
        SpecOperation activate = FULL.operation("activateInvite").orElseThrow();
        assertThat(activate.method()).isEqualTo("POST");
        assertThat(activate.pathTemplate()).isEqualTo("/spaces/{spaceId}/invites/{inviteId}/activate");
    }

    @Test
    void bodyFieldsTheSpecDoesNotDeclareAreLeftOut() throws Exception {
        JsonNode body = new ObjectMapper()
                .readTree("{\"name\": \"r\", \"isRecordAllowed\": true, \"notInTheSpec\": 1, \"type\": \"lesson\"}");
        JsonNode pruned = FULL.pruneBody(FULL.operation("createRoom").orElseThrow(), body);
        assertThat(pruned.has("notInTheSpec")).isFalse();
        assertThat(pruned.path("name").asText()).isEqualTo("r");
        assertThat(pruned.path("isRecordAllowed").asBoolean()).isTrue();
        assertThat(body.has("notInTheSpec"))
                .as("the flow's body is not changed")
                .isTrue();
    }

    @Test
    void queryParametersAreKnownPerOperation() {
        SpecOperation calls = FULL.operation("analyticsCalls").orElseThrow();
        assertThat(FULL.hasQueryParameter(calls, "date")).isTrue();
        assertThat(FULL.hasQueryParameter(calls, "roomId")).isTrue();
        assertThat(FULL.hasQueryParameter(calls, "dateFrom")).isFalse();
    }

    @Test
    void theMirrorHasNoExtensionOperationAndAnswersToTheKitsNames() {
        Contract mirror = Contract.load(SpecChoice.MIRROR);
        assertThat(mirror.operations()).hasSizeLessThan(FULL.operations().size());
        assertThat(mirror.operation("deleteSpace")).isEmpty();
        SpecOperation records = mirror.operation("listRoomRecords").orElseThrow();
        assertThat(records.pathTemplate()).isEqualTo("/spaces/{spaceId}/rooms/{roomId}/records");
        assertThat(records.operationId()).isNotEqualTo("listRoomRecords");
    }
}
