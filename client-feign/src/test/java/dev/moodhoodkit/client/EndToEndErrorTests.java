package dev.moodhoodkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.moodhoodkit.client.errors.AuthenticationException;
import dev.moodhoodkit.client.errors.ConflictException;
import dev.moodhoodkit.client.errors.MoodhoodException;
import dev.moodhoodkit.client.errors.NotFoundException;
import dev.moodhoodkit.client.errors.PermissionException;
import dev.moodhoodkit.client.errors.SpecProblemType;
import dev.moodhoodkit.client.errors.ValidationException;
import dev.moodhoodkit.client.model.CreateInviteRequest;
import dev.moodhoodkit.client.model.CreateSpaceRequest;
import dev.moodhoodkit.client.model.CreateUserRequest;
import dev.moodhoodkit.client.model.FieldError;
import dev.moodhoodkit.client.model.SpaceRole;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** The reference server's errors arrive as the client's typed exceptions, with their details. */
class EndToEndErrorTests extends EndToEndSupport {

    private static final String PROBLEMS = "https://moodhood.online/problems/";

    @Test
    void anotherUsersPrivateSpaceIsNotFound() {
        TestUser anna = newUser("Anna");
        TestUser boris = newUser("Boris");
        String spaceId = anna.client()
                .spaces()
                .createSpace(new CreateSpaceRequest().name("Private").isPublic(false))
                .getId();

        NotFoundException e = catchThrowableOfType(
                NotFoundException.class, () -> boris.client().spaces().getSpace(spaceId));

        assertProblem(e, 404, "not-found");
        assertThat(e.detail()).contains(spaceId);
        assertThat(e.details().method()).isEqualTo("GET");
        assertThat(e.details().url()).endsWith("/v1/spaces/" + spaceId);
    }

    @Test
    void aSecondActivationOfAnInviteIsAConflict() {
        TestUser anna = newUser("Anna");
        TestUser boris = newUser("Boris");
        TestUser clara = newUser("Clara");
        String spaceId = anna.client()
                .spaces()
                .createSpace(new CreateSpaceRequest().name("Lessons"))
                .getId();
        String inviteId = anna.client()
                .invites()
                .createInvite(spaceId, new CreateInviteRequest().role(SpaceRole.ROLE_SPACE_MODERATOR))
                .getId();
        boris.client().invites().activateInvite(spaceId, inviteId);

        ConflictException e = catchThrowableOfType(
                ConflictException.class, () -> clara.client().invites().activateInvite(spaceId, inviteId));

        assertProblem(e, 409, "invite-already-activated");
        assertThat(e.detail()).contains(inviteId);
    }

    @Test
    void aClientTokenOnAUserCallIsAPermissionProblem() {
        PermissionException e = catchThrowableOfType(
                PermissionException.class,
                () -> moodhood.spaces().createSpace(new CreateSpaceRequest().name("Lessons")));

        assertProblem(e, 403, "forbidden");
        assertThat(e.detail()).contains("user token");
    }

    @Test
    void invalidFieldsComeWithTheFieldsAtFault() {
        ValidationException e = catchThrowableOfType(
                ValidationException.class,
                () -> moodhood.users()
                        .createNewUser(new CreateUserRequest()
                                .email("not-an-email")
                                .username("Anna")
                                .password("short")));

        assertProblem(e, 422, "validation-failed");
        assertThat(e.fieldErrors()).extracting(FieldError::getField).containsExactlyInAnyOrder("email", "password");
        assertThat(e.fieldErrors())
                .allSatisfy(field -> assertThat(field.getMessage()).isNotBlank());
    }

    @Test
    void theSpecsOwnValidationExampleNamesBothFields() {
        TestUser anna = newUser("Anna");

        ValidationException e = catchThrowableOfType(
                ValidationException.class,
                () -> anna.client()
                        .spaces()
                        .createSpace(new CreateSpaceRequest().name("").logo(URI.create("ftp://example.com/logo.png"))));

        assertProblem(e, 422, "validation-failed");
        assertThat(e.fieldErrors()).extracting(FieldError::getField).containsExactlyInAnyOrder("name", "logo");
    }

    @Test
    void anIdThatCannotBeOneIsAMalformedRequest() {
        TestUser anna = newUser("Anna");

        ValidationException e = catchThrowableOfType(
                ValidationException.class, () -> anna.client().spaces().getSpace("not-an-id"));

        assertProblem(e, 400, "malformed-request");
    }

    @Test
    void aTakenEmailIsAConflict() {
        TestUser anna = newUser("Anna");

        ConflictException e = catchThrowableOfType(
                ConflictException.class,
                () -> moodhood.users()
                        .createNewUser(new CreateUserRequest()
                                .email(anna.email())
                                .username("Other Anna")
                                .password(PASSWORD)));

        assertProblem(e, 409, "email-taken");
    }

    @Test
    void wrongClientCredentialsAreAnAuthenticationProblem() {
        try (MoodhoodClient wrongSecret = clientBuilder()
                .clientCredentials(ReferenceServer.CLIENT_ID, "NotTheSecret000000000000000000000")
                .build()) {
            AuthenticationException e = catchThrowableOfType(
                    AuthenticationException.class,
                    () -> wrongSecret
                            .users()
                            .createNewUser(new CreateUserRequest()
                                    .email("nobody@example.com")
                                    .username("Nobody")
                                    .password(PASSWORD)));

            assertThat(e.status()).isEqualTo(401);
            assertThat(e.oauthError()).isEqualTo("invalid_client");
            assertThat(e.requestId()).isNotBlank();
        }
    }

    @Test
    void aWrongPasswordIsAnAuthenticationProblem() {
        TestUser anna = newUser("Anna");
        MoodhoodClient wrongPassword = moodhood.asUser(anna.email(), "not-annas-password");

        AuthenticationException e = catchThrowableOfType(
                AuthenticationException.class, () -> wrongPassword.users().getCurrentUser());

        assertThat(e.status()).isEqualTo(400);
        assertThat(e.oauthError()).isEqualTo("invalid_grant");
        assertThat(e.details().url()).endsWith("/v1/auth/token");
    }

    private static void assertProblem(MoodhoodException e, int status, String typeSlug) {
        assertThat(e).as("a %d problem", status).isNotNull();
        assertThat(e.status()).isEqualTo(status);
        assertThat(e.typeUri()).isEqualTo(URI.create(PROBLEMS + typeSlug));
        assertThat(e.type()).isEqualTo(SpecProblemType.byUri(e.typeUri()).orElseThrow());
        assertThat(e.title()).isNotBlank();
        assertThat(e.detail()).isNotBlank();
        assertThat(e.requestId()).as("request id").matches("[0-9a-f]{16}");
        assertThat(e.oauthError()).isNull();
    }
}
