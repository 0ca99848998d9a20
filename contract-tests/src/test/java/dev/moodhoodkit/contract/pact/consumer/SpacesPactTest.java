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
import dev.moodhoodkit.client.model.CreateSpaceRequest;
import dev.moodhoodkit.client.model.Space;
import dev.moodhoodkit.client.model.SpaceList;
import dev.moodhoodkit.client.model.SpaceRoleOfCaller;
import dev.moodhoodkit.client.model.UpdateSpaceRequest;
import dev.moodhoodkit.contract.support.ContractFiles;
import dev.moodhoodkit.contract.support.ProviderStates;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Spaces: list, create, read, update and delete. */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = ContractFiles.PROVIDER, pactVersion = PactSpecVersion.V3)
class SpacesPactTest extends ConsumerPactTest {

    /** A space as its owner sees it; the SPACE state makes it with a description and a logo. */
    static void ownedSpace(LambdaDslObject o) {
        o.valueFromProviderState("id", "${spaceId}", SPACE_ID);
        o.stringType("name", "Design school");
        o.stringType("description", "Evening classes in product design");
        o.stringMatcher("logo", "https?://.+", "https://example.com/logo.png");
        o.booleanType("isPublic", false);
        o.valueFromProviderState("ownerId", "${userId}", USER_ID);
        o.stringValue("roleInSpace", "role_space_owner");
        dateTime(o, "createdAt");
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact listSpacesAnswersTheCallersSpaces(PactDslWithProvider builder) {
        return json(
                        asUser(builder.given(ProviderStates.SPACE)
                                        .uponReceiving("listSpaces: the spaces the caller owns or has a role in")
                                        .method("GET")
                                        .path(v1("/spaces")))
                                .willRespondWith(),
                        200,
                        o -> {
                            o.eachLike("items", s -> {
                                id(s, "id");
                                s.stringType("name", "Design school");
                                s.booleanType("isPublic", false);
                                id(s, "ownerId");
                                s.stringMatcher(
                                        "roleInSpace",
                                        "role_space_owner|role_space_moderator|role_space_user",
                                        "role_space_owner");
                                dateTime(s, "createdAt");
                            });
                            o.integerType("total", 1);
                        })
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "listSpacesAnswersTheCallersSpaces")
    void listSpacesAnswersTheCallersSpaces(MockServer server) {
        SpaceList spaces = client(server, USER_TOKEN).spaces().listSpaces(null, null);

        assertThat(spaces.getItems()).isNotEmpty();
        assertThat(spaces.getTotal()).isPositive();
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact listSpacesWithClientTokenIsForbidden(PactDslWithProvider builder) {
        return problem(
                        asClient(builder.given(ProviderStates.CLIENT)
                                        .uponReceiving("listSpaces: a client token is not a user, 403")
                                        .method("GET")
                                        .path(v1("/spaces")))
                                .willRespondWith(),
                        403,
                        "forbidden")
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "listSpacesWithClientTokenIsForbidden")
    void listSpacesWithClientTokenIsForbidden(MockServer server) {
        assertProblem(() -> client(server, CLIENT_TOKEN).spaces().listSpaces(null, null), 403, "forbidden");
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact createSpaceAnswersItsId(PactDslWithProvider builder) {
        return json(
                        jsonBody(
                                        asUser(builder.given(ProviderStates.USER)
                                                .uponReceiving("createSpace: a user creates a private space")
                                                .method("POST")
                                                .path(v1("/spaces"))),
                                        o -> {
                                            o.stringValue("name", "Design school");
                                            o.stringValue("description", "Evening classes in product design");
                                            o.stringValue("logo", "https://example.com/logo.png");
                                            o.booleanValue("isPublic", false);
                                        })
                                .willRespondWith(),
                        201,
                        o -> id(o, "id"))
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "createSpaceAnswersItsId")
    void createSpaceAnswersItsId(MockServer server) {
        String id = client(server, USER_TOKEN)
                .spaces()
                .createSpace(new CreateSpaceRequest()
                        .name("Design school")
                        .description("Evening classes in product design")
                        .logo(URI.create("https://example.com/logo.png")))
                .getId();

        assertThat(id).matches(OBJECT_ID);
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact createSpaceWithEmptyNameFailsValidation(PactDslWithProvider builder) {
        return validationProblem(
                        jsonBody(
                                        asUser(builder.given(ProviderStates.USER)
                                                .uponReceiving(
                                                        "createSpace: an empty name fails validation, naming the field")
                                                .method("POST")
                                                .path(v1("/spaces"))),
                                        o -> {
                                            o.stringValue("name", "");
                                            o.booleanValue("isPublic", false);
                                        })
                                .willRespondWith(),
                        "name")
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "createSpaceWithEmptyNameFailsValidation")
    void createSpaceWithEmptyNameFailsValidation(MockServer server) {
        assertProblem(
                () -> client(server, USER_TOKEN).spaces().createSpace(new CreateSpaceRequest().name("")),
                422,
                "validation-failed");
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact getSpaceAnswersTheSpace(PactDslWithProvider builder) {
        return json(
                        asUser(path(
                                        builder.given(ProviderStates.SPACE)
                                                .uponReceiving("getSpace: the owner reads their space")
                                                .method("GET"),
                                        "/spaces/${spaceId}",
                                        "/spaces/" + SPACE_ID))
                                .willRespondWith(),
                        200,
                        SpacesPactTest::ownedSpace)
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "getSpaceAnswersTheSpace")
    void getSpaceAnswersTheSpace(MockServer server) {
        Space space = client(server, USER_TOKEN).spaces().getSpace(SPACE_ID);

        assertThat(space.getId()).isEqualTo(SPACE_ID);
        assertThat(space.getRoleInSpace()).isEqualTo(SpaceRoleOfCaller.ROLE_SPACE_OWNER);
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact getPrivateSpaceOfAnotherUserAnswersNotFound(PactDslWithProvider builder) {
        return problem(
                        asUser(path(
                                        builder.given(ProviderStates.PRIVATE_SPACE_OF_ANOTHER_USER)
                                                .uponReceiving(
                                                        "getSpace: another user's private space is 404, never 403")
                                                .method("GET"),
                                        "/spaces/${spaceId}",
                                        "/spaces/" + SPACE_ID))
                                .willRespondWith(),
                        404,
                        "not-found")
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "getPrivateSpaceOfAnotherUserAnswersNotFound")
    void getPrivateSpaceOfAnotherUserAnswersNotFound(MockServer server) {
        assertProblem(() -> client(server, USER_TOKEN).spaces().getSpace(SPACE_ID), 404, "not-found");
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact updateSpaceAnswersTheUpdatedSpace(PactDslWithProvider builder) {
        return json(
                        jsonBody(
                                        asUser(path(
                                                builder.given(ProviderStates.SPACE)
                                                        .uponReceiving(
                                                                "updateSpace: the owner opens their space to everyone")
                                                        .method("PUT"),
                                                "/spaces/${spaceId}",
                                                "/spaces/" + SPACE_ID)),
                                        o -> {
                                            o.stringValue("name", "Design school");
                                            o.stringValue(
                                                    "description", "Evening classes in product design, open to all");
                                            o.stringValue("logo", "https://example.com/logo.png");
                                            o.booleanValue("isPublic", true);
                                        })
                                .willRespondWith(),
                        200,
                        o -> {
                            o.valueFromProviderState("id", "${spaceId}", SPACE_ID);
                            o.stringValue("name", "Design school");
                            o.stringValue("description", "Evening classes in product design, open to all");
                            o.stringValue("logo", "https://example.com/logo.png");
                            o.booleanValue("isPublic", true);
                            o.valueFromProviderState("ownerId", "${userId}", USER_ID);
                            dateTime(o, "createdAt");
                        })
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "updateSpaceAnswersTheUpdatedSpace")
    void updateSpaceAnswersTheUpdatedSpace(MockServer server) {
        Space space = client(server, USER_TOKEN)
                .spaces()
                .updateSpace(
                        SPACE_ID,
                        new UpdateSpaceRequest()
                                .name("Design school")
                                .description("Evening classes in product design, open to all")
                                .logo(URI.create("https://example.com/logo.png"))
                                .isPublic(true));

        assertThat(space.getIsPublic()).isTrue();
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact updateSpaceByPlainMemberIsForbidden(PactDslWithProvider builder) {
        return problem(
                        jsonBody(
                                        asUser(path(
                                                builder.given(
                                                                ProviderStates.SPACE_MEMBER,
                                                                Map.of("role", "role_space_user"))
                                                        .uponReceiving(
                                                                "updateSpace: a member without the moderator role is 403")
                                                        .method("PUT"),
                                                "/spaces/${spaceId}",
                                                "/spaces/" + SPACE_ID)),
                                        o -> {
                                            o.stringValue("name", "Taken over");
                                            o.booleanValue("isPublic", true);
                                        })
                                .willRespondWith(),
                        403,
                        "forbidden")
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "updateSpaceByPlainMemberIsForbidden")
    void updateSpaceByPlainMemberIsForbidden(MockServer server) {
        assertProblem(
                () -> client(server, USER_TOKEN)
                        .spaces()
                        .updateSpace(
                                SPACE_ID,
                                new UpdateSpaceRequest().name("Taken over").isPublic(true)),
                403,
                "forbidden");
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact deleteSpaceAnswersNoContent(PactDslWithProvider builder) {
        return asUser(path(
                        builder.given(ProviderStates.SPACE)
                                .uponReceiving("deleteSpace: the owner deletes their space")
                                .method("DELETE"),
                        "/spaces/${spaceId}",
                        "/spaces/" + SPACE_ID))
                .willRespondWith()
                .status(204)
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "deleteSpaceAnswersNoContent")
    void deleteSpaceAnswersNoContent(MockServer server) {
        client(server, USER_TOKEN).spaces().deleteSpace(SPACE_ID);
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact deleteSpaceByModeratorIsForbidden(PactDslWithProvider builder) {
        return problem(
                        asUser(path(
                                        builder.given(
                                                        ProviderStates.SPACE_MEMBER,
                                                        Map.of("role", "role_space_moderator"))
                                                .uponReceiving("deleteSpace: only the owner may, a moderator is 403")
                                                .method("DELETE"),
                                        "/spaces/${spaceId}",
                                        "/spaces/" + SPACE_ID))
                                .willRespondWith(),
                        403,
                        "forbidden")
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "deleteSpaceByModeratorIsForbidden")
    void deleteSpaceByModeratorIsForbidden(MockServer server) {
        assertProblem(() -> client(server, USER_TOKEN).spaces().deleteSpace(SPACE_ID), 403, "forbidden");
    }
}
