package dev.moodhoodkit.contract.pact.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.LambdaDslObject;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.RequestResponsePact;
import au.com.dius.pact.core.model.annotations.Pact;
import dev.moodhoodkit.client.model.CallList;
import dev.moodhoodkit.client.model.CallReport;
import dev.moodhoodkit.contract.support.ContractFiles;
import dev.moodhoodkit.contract.support.ProviderStates;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** SpaceAnalytics: the calls of a space's rooms and a call's report. */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = ContractFiles.PROVIDER, pactVersion = PactSpecVersion.V3)
class SpaceAnalyticsPactTest extends ConsumerPactTest {

    private static final String SPACE = "/spaces/" + SPACE_ID;

    /** A call that is over: the FINISHED_CALL state's one participant joined and left. */
    private static void finishedCall(LambdaDslObject c) {
        c.valueFromProviderState("id", "${callId}", CALL_ID);
        c.booleanValue("active", false);
        c.valueFromProviderState("roomId", "${roomId}", ROOM_ID);
        c.stringMatcher("roomType", "lesson|webinar", "lesson");
        c.booleanType("isBreakoutRoom", false);
        c.integerType("participantsCount", 0);
        c.integerType("totalParticipantsCount", 1);
        c.integerType("uniqueParticipantsCount", 1);
        dateTime(c, "startedAt");
        dateTime(c, "finishedAt");
        c.integerType("durationSeconds", 3720);
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact analyticsCallsAnswersTheSpacesCalls(PactDslWithProvider builder) {
        return json(
                        asUser(path(
                                        builder.given(ProviderStates.FINISHED_CALL)
                                                .uponReceiving(
                                                        "analyticsCalls: the owner lists the calls of the space's rooms")
                                                .method("GET"),
                                        "/spaces/${spaceId}/analytics/calls",
                                        SPACE + "/analytics/calls"))
                                .willRespondWith(),
                        200,
                        o -> {
                            o.eachLike("items", SpaceAnalyticsPactTest::finishedCall);
                            o.integerType("total", 1);
                        })
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "analyticsCallsAnswersTheSpacesCalls")
    void analyticsCallsAnswersTheSpacesCalls(MockServer server) {
        CallList calls = client(server, USER_TOKEN).analytics().analyticsCalls(SPACE_ID, null, null, null, null);

        assertThat(calls.getItems()).extracting("id").contains(CALL_ID);
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact analyticsCallsByPlainMemberIsForbidden(PactDslWithProvider builder) {
        return problem(
                        asUser(path(
                                        builder.given(ProviderStates.SPACE_MEMBER, Map.of("role", "role_space_user"))
                                                .uponReceiving(
                                                        "analyticsCalls: a member without the moderator role is 403")
                                                .method("GET"),
                                        "/spaces/${spaceId}/analytics/calls",
                                        SPACE + "/analytics/calls"))
                                .willRespondWith(),
                        403,
                        "forbidden")
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "analyticsCallsByPlainMemberIsForbidden")
    void analyticsCallsByPlainMemberIsForbidden(MockServer server) {
        assertProblem(
                () -> client(server, USER_TOKEN).analytics().analyticsCalls(SPACE_ID, null, null, null, null),
                403,
                "forbidden");
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact getRoomAnalyticsReportAnswersTheCallAndItsParticipants(PactDslWithProvider builder) {
        return json(
                        asUser(path(
                                                builder.given(ProviderStates.FINISHED_CALL)
                                                        .uponReceiving(
                                                                "getRoomAnalyticsReport: a finished call's report as JSON")
                                                        .method("GET"),
                                                "/spaces/${spaceId}/analytics/report",
                                                SPACE + "/analytics/report")
                                        .queryParameterFromProviderState("roomId", "${roomId}", ROOM_ID)
                                        .queryParameterFromProviderState("callId", "${callId}", CALL_ID))
                                .willRespondWith(),
                        200,
                        o -> {
                            o.object("call", SpaceAnalyticsPactTest::finishedCall);
                            o.eachLike("participants", p -> {
                                id(p, "participantId");
                                p.stringType("name", "Anna");
                                p.stringMatcher("role", "speaker|viewer", "speaker");
                                dateTime(p, "joinedAt");
                                dateTime(p, "leftAt");
                            });
                        })
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "getRoomAnalyticsReportAnswersTheCallAndItsParticipants")
    void getRoomAnalyticsReportAnswersTheCallAndItsParticipants(MockServer server) {
        CallReport report =
                client(server, USER_TOKEN).analytics().getRoomAnalyticsReport(SPACE_ID, ROOM_ID, CALL_ID, null);

        assertThat(report.getCall().getId()).isEqualTo(CALL_ID);
        assertThat(report.getParticipants()).isNotEmpty();
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact getRoomAnalyticsReportOfUnknownCallAnswersNotFound(PactDslWithProvider builder) {
        return problem(
                        asUser(path(
                                                builder.given(ProviderStates.ROOM, SpaceRoomsPactTest.LESSON)
                                                        .uponReceiving(
                                                                "getRoomAnalyticsReport: a call the room never had is 404")
                                                        .method("GET"),
                                                "/spaces/${spaceId}/analytics/report",
                                                SPACE + "/analytics/report")
                                        .query("callId=" + UNKNOWN_ID)
                                        .queryParameterFromProviderState("roomId", "${roomId}", ROOM_ID))
                                .willRespondWith(),
                        404,
                        "not-found")
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "getRoomAnalyticsReportOfUnknownCallAnswersNotFound")
    void getRoomAnalyticsReportOfUnknownCallAnswersNotFound(MockServer server) {
        assertProblem(
                () -> client(server, USER_TOKEN)
                        .analytics()
                        .getRoomAnalyticsReport(SPACE_ID, ROOM_ID, UNKNOWN_ID, null),
                404,
                "not-found");
    }
}
