package dev.moodhoodkit.contract.pact.provider;

import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.moodhoodkit.client.model.MeetingSettings;
import dev.moodhoodkit.client.model.SpaceRole;
import dev.moodhoodkit.contract.coverage.ContractCoverage;
import dev.moodhoodkit.contract.support.ContractFiles;
import dev.moodhoodkit.contract.support.ProviderStates;
import dev.moodhoodkit.server.MoodhoodServerApplication;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Provider verification: every interaction of the pact replayed against the real reference
 * server (its plain jar, on a random port, in-memory H2), after the {@code @State} handler of
 * its provider state has seeded the state through the server's API. The handlers answer the
 * ids and tokens the interactions inject ({@code fromProviderState}).
 *
 * <p>A state without a handler fails its interaction (Pact's MissingStateChangeMethod; nothing
 * here sets IgnoreMissingStateChange), and EveryProviderStateHasAHandlerCheck says so earlier.
 * Each result is kept for {@code contract-coverage.md}, which is rewritten at the end.
 */
@Provider(ContractFiles.PROVIDER)
@PactFolder("${pact.dir:target/pacts}")
@SpringBootTest(
        classes = MoodhoodServerApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:contract;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
            "moodhood.bootstrap.client-id=contract-tests",
            "moodhood.bootstrap.client-secret=ContractTestsSecret0000000000000",
            "moodhood.bootstrap.print=false"
        })
class MoodhoodServerProviderIT {

    /** The webhook URL the WEBHOOK states set, as the consumer expects it back. */
    private static final String HOOK_URL = "https://example.com/moodhood/events";

    private static final Map<String, String> RESULTS = new ConcurrentHashMap<>();
    private static Seeds seeds;
    /** The interaction being verified: @BeforeEach runs before Pact's state change. */
    private static volatile String interaction;

    @LocalServerPort
    int port;

    @Value("${moodhood.bootstrap.client-id}")
    String clientId;

    @Value("${moodhood.bootstrap.client-secret}")
    String clientSecret;

    @BeforeEach
    void target(PactVerificationContext context) {
        interaction = context.getInteraction().getDescription();
        context.setTarget(new HttpTestTarget("localhost", port));
        if (seeds == null) {
            seeds = new Seeds("http://localhost:" + port + ContractFiles.spec().basePath(), clientId, clientSecret);
        }
    }

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void verify(PactVerificationContext context) {
        String description = context.getInteraction().getDescription();
        try {
            context.verifyInteraction();
            RESULTS.put(description, "passed");
        } catch (Throwable failure) {
            RESULTS.put(description, "failed: " + mismatches(String.valueOf(failure.getMessage())));
            throw failure;
        }
    }

    /** Keeps the results for the coverage report and rewrites it with them. */
    @AfterAll
    static void report() throws IOException {
        Path results = ContractFiles.coverageDir().resolve(ContractCoverage.VERIFICATION_RESULTS);
        Files.createDirectories(results.toAbsolutePath().getParent());
        new ObjectMapper()
                .writerWithDefaultPrettyPrinter()
                .writeValue(results.toFile(), new java.util.TreeMap<>(RESULTS));
        ContractCoverage.of(ContractFiles.spec(), ContractFiles.pactFile(), ContractFiles.stubsDir(), results)
                .write(ContractFiles.coverageDir().resolve("contract-coverage.md"));
    }

    // ---- states -------------------------------------------------------------------------------

    @State(ProviderStates.CLIENT)
    Map<String, Object> client() {
        return seeded(ProviderStates.CLIENT, () -> values(null, "newEmail", seeds.unusedEmail()));
    }

    @State(ProviderStates.USER)
    Map<String, Object> user() {
        return seeded(ProviderStates.USER, () -> values(seeds.newUser()));
    }

    @State(ProviderStates.USER_WITH_INTEGRATION_CLIENT)
    Map<String, Object> userWithIntegrationClient() {
        return seeded(ProviderStates.USER_WITH_INTEGRATION_CLIENT, () -> {
            Seeds.Account user = seeds.newUser();
            String id = seeds.as(user).integration().createIntegrationClient().getClientId();
            return values(user, "integrationClientId", id);
        });
    }

    @State(ProviderStates.USER_WITH_PERSONAL_TOKEN)
    Map<String, Object> userWithPersonalToken() {
        return seeded(ProviderStates.USER_WITH_PERSONAL_TOKEN, () -> {
            Seeds.Account user = seeds.newUser();
            return values(user, "tokenId", seeds.personalToken(user));
        });
    }

    @State(ProviderStates.USER_WITH_MEETING_ROOM)
    Map<String, Object> userWithMeetingRoom() {
        return seeded(ProviderStates.USER_WITH_MEETING_ROOM, () -> {
            Seeds.Account user = seeds.newUser();
            String spaceId = seeds.space(user, false);
            String roomId = seeds.room(user, spaceId, "lesson", false);
            seeds.as(user)
                    .users()
                    .updateMeetingSettings(
                            new MeetingSettings().spaceId(spaceId).roomId(roomId));
            return values(user, "spaceId", spaceId, "roomId", roomId);
        });
    }

    @State(ProviderStates.SPACE)
    Map<String, Object> space(Map<String, Object> params) {
        return seeded(ProviderStates.SPACE, () -> {
            Seeds.Account owner = seeds.owner();
            return values(owner, "spaceId", seeds.space(owner, flag(params, "isPublic", false)));
        });
    }

    @State(ProviderStates.PRIVATE_SPACE_OF_ANOTHER_USER)
    Map<String, Object> privateSpaceOfAnotherUser() {
        return seeded(ProviderStates.PRIVATE_SPACE_OF_ANOTHER_USER, () -> {
            Seeds.Account owner = seeds.owner();
            String spaceId = seeds.space(owner, false);
            String roomId = seeds.room(owner, spaceId, "lesson", false);
            return values(seeds.stranger(), "spaceId", spaceId, "roomId", roomId);
        });
    }

    @State(ProviderStates.SPACE_MEMBER)
    Map<String, Object> spaceMember(Map<String, Object> params) {
        return seeded(ProviderStates.SPACE_MEMBER, () -> {
            Seeds.Account owner = seeds.owner();
            String spaceId = seeds.space(owner, false);
            SpaceRole role = SpaceRole.fromValue(String.valueOf(params.getOrDefault("role", "role_space_user")));
            return values(seeds.member(owner, spaceId, role), "spaceId", spaceId);
        });
    }

    @State(ProviderStates.ROOM)
    Map<String, Object> room(Map<String, Object> params) {
        return seeded(ProviderStates.ROOM, () -> {
            Seeds.Account owner = seeds.owner();
            String spaceId = seeds.space(owner, false);
            String roomId = seeds.room(
                    owner,
                    spaceId,
                    String.valueOf(params.getOrDefault("type", "lesson")),
                    flag(params, "isRecordAllowed", false));
            return values(owner, "spaceId", spaceId, "roomId", roomId);
        });
    }

    @State(ProviderStates.ROOM_AND_SECOND_USER)
    Map<String, Object> roomAndSecondUser() {
        return seeded(ProviderStates.ROOM_AND_SECOND_USER, () -> {
            Seeds.Account owner = seeds.owner();
            String spaceId = seeds.space(owner, false);
            String roomId = seeds.room(owner, spaceId, "lesson", false);
            Seeds.Account member = seeds.member(owner, spaceId, SpaceRole.ROLE_SPACE_USER);
            return values(owner, "spaceId", spaceId, "roomId", roomId, "targetUserId", member.id());
        });
    }

    @State(ProviderStates.PENDING_INVITE)
    Map<String, Object> pendingInvite() {
        return seeded(ProviderStates.PENDING_INVITE, () -> {
            Seeds.Account owner = seeds.owner();
            String spaceId = seeds.space(owner, false);
            String inviteId = seeds.invite(owner, spaceId, SpaceRole.ROLE_SPACE_USER);
            return values(
                    owner,
                    "spaceId",
                    spaceId,
                    "inviteId",
                    inviteId,
                    "inviteeToken",
                    seeds.stranger().token());
        });
    }

    @State(ProviderStates.ACTIVATED_INVITE)
    Map<String, Object> activatedInvite() {
        return seeded(ProviderStates.ACTIVATED_INVITE, () -> {
            Seeds.Account owner = seeds.owner();
            String spaceId = seeds.space(owner, false);
            String inviteId = seeds.invite(owner, spaceId, SpaceRole.ROLE_SPACE_USER);
            seeds.as(seeds.newUser()).invites().activateInvite(spaceId, inviteId);
            return values(
                    owner,
                    "spaceId",
                    spaceId,
                    "inviteId",
                    inviteId,
                    "inviteeToken",
                    seeds.stranger().token());
        });
    }

    @State(ProviderStates.PARTICIPANT)
    Map<String, Object> participant(Map<String, Object> params) {
        return seeded(ProviderStates.PARTICIPANT, () -> {
            Seeds.Account owner = seeds.owner();
            String spaceId = seeds.space(owner, false);
            String roomId = seeds.room(owner, spaceId, "lesson", false);
            String participantId = seeds.participant(owner, spaceId, roomId);
            if (flag(params, "joined", false)) {
                seeds.join(owner, spaceId, roomId, participantId);
            }
            return values(owner, "spaceId", spaceId, "roomId", roomId, "participantId", participantId);
        });
    }

    @State(ProviderStates.CALL_IN_PROGRESS)
    Map<String, Object> callInProgress(Map<String, Object> params) {
        return seeded(ProviderStates.CALL_IN_PROGRESS, () -> {
            Seeds.Account owner = seeds.owner();
            String spaceId = seeds.space(owner, false);
            String roomId = seeds.room(owner, spaceId, "lesson", flag(params, "isRecordAllowed", false));
            String callId = seeds.join(owner, spaceId, roomId, seeds.participant(owner, spaceId, roomId));
            return values(owner, "spaceId", spaceId, "roomId", roomId, "callId", callId);
        });
    }

    @State(ProviderStates.RECORDING)
    Map<String, Object> recording() {
        return seeded(ProviderStates.RECORDING, () -> {
            Map<String, Object> call = callInProgress(Map.of("isRecordAllowed", true));
            String recordId =
                    seeds.startRecording(seeds.owner(), (String) call.get("spaceId"), (String) call.get("roomId"));
            return with(call, "recordId", recordId);
        });
    }

    @State(ProviderStates.FINISHED_RECORD)
    Map<String, Object> finishedRecord() {
        return seeded(ProviderStates.FINISHED_RECORD, () -> {
            Map<String, Object> recording = recording();
            seeds.stopRecording(seeds.owner(), (String) recording.get("spaceId"), (String) recording.get("roomId"));
            return recording;
        });
    }

    @State(ProviderStates.FINISHED_CALL)
    Map<String, Object> finishedCall() {
        return seeded(ProviderStates.FINISHED_CALL, () -> {
            Seeds.Account owner = seeds.owner();
            String spaceId = seeds.space(owner, false);
            String roomId = seeds.room(owner, spaceId, "lesson", false);
            String participantId = seeds.participant(owner, spaceId, roomId);
            String callId = seeds.join(owner, spaceId, roomId, participantId);
            seeds.leave(owner, spaceId, roomId, participantId);
            return values(owner, "spaceId", spaceId, "roomId", roomId, "callId", callId);
        });
    }

    @State(ProviderStates.WEBHOOK)
    Map<String, Object> webhook() {
        return seeded(ProviderStates.WEBHOOK, () -> {
            Seeds.Account owner = seeds.owner();
            String spaceId = seeds.space(owner, false);
            seeds.webhook(owner, spaceId, HOOK_URL);
            return values(owner, "spaceId", spaceId);
        });
    }

    @State(ProviderStates.WEBHOOK_CALLED)
    Map<String, Object> webhookCalled() {
        return seeded(ProviderStates.WEBHOOK_CALLED, () -> {
            Seeds.Account owner = seeds.owner();
            String spaceId = seeds.space(owner, false);
            seeds.webhook(owner, spaceId, HOOK_URL);
            String roomId = seeds.room(owner, spaceId, "lesson", false);
            seeds.join(owner, spaceId, roomId, seeds.participant(owner, spaceId, roomId));
            return values(owner, "spaceId", spaceId, "roomId", roomId);
        });
    }

    // ---- helpers ------------------------------------------------------------------------------

    /**
     * The numbered mismatch lines of Pact's failure message ("1.1) body: $ Actual map is missing
     * the following keys: name"), without the diffs under them, for the coverage report.
     */
    static String mismatches(String message) {
        java.util.List<String> lines = message.lines()
                .map(String::strip)
                .filter(l -> l.matches("\\d+(\\.\\d+)+\\) .*"))
                .toList();
        if (lines.isEmpty()) {
            return message.strip();
        }
        String shown = String.join("; ", lines.subList(0, Math.min(lines.size(), 5)));
        return lines.size() > 5 ? shown + "; and " + (lines.size() - 5) + " more" : shown;
    }

    /**
     * Runs a state's seeding; a failure names the interaction (its operation), the state and what
     * the server answered, since Pact reports only "Provider state change callback failed".
     */
    private static Map<String, Object> seeded(String state, java.util.function.Supplier<Map<String, Object>> seeding) {
        try {
            return seeding.get();
        } catch (RuntimeException e) {
            String failure = interaction + ": cannot seed the provider state \"" + state + "\": " + e;
            RESULTS.put(interaction, "failed: " + failure);
            throw new IllegalStateException(failure, e);
        }
    }

    /** The caller's values (if any), the client's, and the state's own. */
    private static Map<String, Object> values(Seeds.Account caller, Object... keysAndValues) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("clientId", seeds.clientId());
        values.put("clientSecret", seeds.clientSecret());
        values.put("clientToken", seeds.clientToken());
        if (caller != null) {
            values.put("userId", caller.id());
            values.put("email", caller.email());
            values.put("password", caller.password());
            values.put("userToken", caller.token());
        }
        for (int i = 0; i < keysAndValues.length; i += 2) {
            values.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return values;
    }

    private static Map<String, Object> with(Map<String, Object> values, String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(values);
        copy.put(key, value);
        return copy;
    }

    private static boolean flag(Map<String, Object> params, String name, boolean otherwise) {
        Object value = params.get(name);
        return value == null ? otherwise : Boolean.parseBoolean(String.valueOf(value));
    }
}
