package dev.moodhoodkit.contract.pact.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.RequestResponsePact;
import au.com.dius.pact.core.model.annotations.Pact;
import dev.moodhoodkit.client.model.CreateInviteRequest;
import dev.moodhoodkit.client.model.InviteActivation;
import dev.moodhoodkit.client.model.InviteList;
import dev.moodhoodkit.client.model.InviteStatus;
import dev.moodhoodkit.client.model.SpaceRole;
import dev.moodhoodkit.contract.support.ContractFiles;
import dev.moodhoodkit.contract.support.ProviderStates;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** SpaceInvites: single-use invitations into a space. */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = ContractFiles.PROVIDER, pactVersion = PactSpecVersion.V3)
class SpaceInvitesPactTest extends ConsumerPactTest {

    /** Far enough ahead to stay in the future for as long as this pact is replayed. */
    private static final String EXPIRES_AT = "2099-01-01T00:00:00Z";

    private static final String INVITES = "/spaces/" + SPACE_ID + "/invites";
    private static final String INVITE = INVITES + "/" + INVITE_ID;

    @Pact(consumer = CONSUMER)
    RequestResponsePact listInvitesAnswersThePendingInvites(PactDslWithProvider builder) {
        return json(
                        asUser(path(
                                                builder.given(ProviderStates.PENDING_INVITE)
                                                        .uponReceiving(
                                                                "listInvites: the owner lists the space's pending invites")
                                                        .method("GET"),
                                                "/spaces/${spaceId}/invites",
                                                INVITES)
                                        .query("status=pending"))
                                .willRespondWith(),
                        200,
                        o -> {
                            o.eachLike("items", i -> {
                                i.valueFromProviderState("id", "${inviteId}", INVITE_ID);
                                i.valueFromProviderState("spaceId", "${spaceId}", SPACE_ID);
                                i.stringValue("role", "role_space_user");
                                i.stringValue("status", "pending");
                                id(i, "createdBy");
                                dateTime(i, "createdAt");
                            });
                            o.integerType("total", 1);
                        })
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "listInvitesAnswersThePendingInvites")
    void listInvitesAnswersThePendingInvites(MockServer server) {
        InviteList invites =
                client(server, USER_TOKEN).invites().listInvites(SPACE_ID, InviteStatus.PENDING, null, null);

        assertThat(invites.getItems()).extracting("status").containsOnly(InviteStatus.PENDING);
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact listInvitesWithClientTokenIsForbidden(PactDslWithProvider builder) {
        return problem(
                        asClient(path(
                                        builder.given(ProviderStates.PENDING_INVITE)
                                                .uponReceiving("listInvites: a client token is not a user, 403")
                                                .method("GET"),
                                        "/spaces/${spaceId}/invites",
                                        INVITES))
                                .willRespondWith(),
                        403,
                        "forbidden")
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "listInvitesWithClientTokenIsForbidden")
    void listInvitesWithClientTokenIsForbidden(MockServer server) {
        assertProblem(
                () -> client(server, CLIENT_TOKEN).invites().listInvites(SPACE_ID, null, null, null), 403, "forbidden");
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact createInviteAnswersItsId(PactDslWithProvider builder) {
        return json(
                        jsonBody(
                                        asUser(path(
                                                builder.given(ProviderStates.SPACE)
                                                        .uponReceiving(
                                                                "createInvite: the owner invites someone as a space user, until a date")
                                                        .method("POST"),
                                                "/spaces/${spaceId}/invites",
                                                INVITES)),
                                        o -> {
                                            o.stringValue("role", "role_space_user");
                                            o.stringMatcher("expiresAt", DATE_TIME, EXPIRES_AT);
                                        })
                                .willRespondWith(),
                        201,
                        o -> id(o, "id"))
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "createInviteAnswersItsId")
    void createInviteAnswersItsId(MockServer server) {
        String id = client(server, USER_TOKEN)
                .invites()
                .createInvite(
                        SPACE_ID,
                        new CreateInviteRequest()
                                .role(SpaceRole.ROLE_SPACE_USER)
                                .expiresAt(OffsetDateTime.parse(EXPIRES_AT)))
                .getId();

        assertThat(id).matches(OBJECT_ID);
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact createInviteInAnotherUsersSpaceAnswersNotFound(PactDslWithProvider builder) {
        return problem(
                        jsonBody(
                                        asUser(path(
                                                builder.given(ProviderStates.PRIVATE_SPACE_OF_ANOTHER_USER)
                                                        .uponReceiving(
                                                                "createInvite: another user's private space is 404")
                                                        .method("POST"),
                                                "/spaces/${spaceId}/invites",
                                                INVITES)),
                                        o -> o.stringValue("role", "role_space_user"))
                                .willRespondWith(),
                        404,
                        "not-found")
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "createInviteInAnotherUsersSpaceAnswersNotFound")
    void createInviteInAnotherUsersSpaceAnswersNotFound(MockServer server) {
        assertProblem(
                () -> client(server, USER_TOKEN)
                        .invites()
                        .createInvite(SPACE_ID, new CreateInviteRequest().role(SpaceRole.ROLE_SPACE_USER)),
                404,
                "not-found");
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact revokeInviteAnswersNoContent(PactDslWithProvider builder) {
        return asUser(path(
                        builder.given(ProviderStates.PENDING_INVITE)
                                .uponReceiving("revokeInvite: the owner revokes a pending invite")
                                .method("DELETE"),
                        "/spaces/${spaceId}/invites/${inviteId}",
                        INVITE))
                .willRespondWith()
                .status(204)
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "revokeInviteAnswersNoContent")
    void revokeInviteAnswersNoContent(MockServer server) {
        client(server, USER_TOKEN).invites().revokeInvite(SPACE_ID, INVITE_ID);
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact revokeActivatedInviteAnswersConflict(PactDslWithProvider builder) {
        return problem(
                        asUser(path(
                                        builder.given(ProviderStates.ACTIVATED_INVITE)
                                                .uponReceiving(
                                                        "revokeInvite: an invite already activated cannot be revoked, 409")
                                                .method("DELETE"),
                                        "/spaces/${spaceId}/invites/${inviteId}",
                                        INVITE))
                                .willRespondWith(),
                        409,
                        "invite-already-activated")
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "revokeActivatedInviteAnswersConflict")
    void revokeActivatedInviteAnswersConflict(MockServer server) {
        assertProblem(
                () -> client(server, USER_TOKEN).invites().revokeInvite(SPACE_ID, INVITE_ID),
                409,
                "invite-already-activated");
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact activateInviteAdmitsTheInvitee(PactDslWithProvider builder) {
        return json(
                        asInvitee(path(
                                        builder.given(ProviderStates.PENDING_INVITE)
                                                .uponReceiving(
                                                        "activateInvite: the invited user is admitted with the invite's role")
                                                .method("POST"),
                                        "/spaces/${spaceId}/invites/${inviteId}/activate",
                                        INVITE + "/activate"))
                                .willRespondWith(),
                        200,
                        o -> {
                            o.valueFromProviderState("spaceId", "${spaceId}", SPACE_ID);
                            o.stringValue("role", "role_space_user");
                        })
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "activateInviteAdmitsTheInvitee")
    void activateInviteAdmitsTheInvitee(MockServer server) {
        InviteActivation admitted = client(server, INVITEE_TOKEN).invites().activateInvite(SPACE_ID, INVITE_ID);

        assertThat(admitted.getRole()).isEqualTo(SpaceRole.ROLE_SPACE_USER);
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact activateInviteASecondTimeAnswersConflict(PactDslWithProvider builder) {
        return problem(
                        asInvitee(path(
                                        builder.given(ProviderStates.ACTIVATED_INVITE)
                                                .uponReceiving(
                                                        "activateInvite: a second activation, by anyone, is 409 invite-already-activated")
                                                .method("POST"),
                                        "/spaces/${spaceId}/invites/${inviteId}/activate",
                                        INVITE + "/activate"))
                                .willRespondWith(),
                        409,
                        "invite-already-activated")
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "activateInviteASecondTimeAnswersConflict")
    void activateInviteASecondTimeAnswersConflict(MockServer server) {
        assertProblem(
                () -> client(server, INVITEE_TOKEN).invites().activateInvite(SPACE_ID, INVITE_ID),
                409,
                "invite-already-activated");
    }
}
