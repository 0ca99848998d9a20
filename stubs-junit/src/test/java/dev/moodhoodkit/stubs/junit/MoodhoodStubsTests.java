package dev.moodhoodkit.stubs.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.moodhoodkit.client.MoodhoodClient;
import dev.moodhoodkit.client.errors.AuthenticationException;
import dev.moodhoodkit.client.errors.NotFoundException;
import dev.moodhoodkit.client.errors.SpecProblemType;
import dev.moodhoodkit.client.errors.ValidationException;
import dev.moodhoodkit.client.model.CreateSpaceRequest;
import dev.moodhoodkit.client.model.FieldError;
import org.junit.jupiter.api.Test;

@MoodhoodStubs
class MoodhoodStubsTests {

    private static final String SPACE_ID = "60d55c0eb9ef88ab17b0aabb";

    @Test
    void theInjectedClientGetsTheExamples(MoodhoodClient moodhood) {
        assertThat(moodhood.spaces().getSpace(SPACE_ID).getName()).isEqualTo("Design school");
        assertThat(moodhood.lists().spaces().stream().count()).isPositive();
    }

    @Test
    void aBodyThatBreaksTheSchemaIsAValidationExceptionNamingTheField(MoodhoodClient moodhood) {
        ValidationException e = catchThrowableOfType(
                ValidationException.class, () -> moodhood.spaces().createSpace(new CreateSpaceRequest().name("")));

        assertThat(e.type()).isEqualTo(SpecProblemType.VALIDATION_FAILED);
        assertThat(e.fieldErrors()).extracting(FieldError::getField).containsExactly("name");
    }

    @Test
    void noTokenIsAnAuthenticationException(@WithoutToken MoodhoodClient anonymous) {
        AuthenticationException e = catchThrowableOfType(
                AuthenticationException.class, () -> anonymous.spaces().getSpace(SPACE_ID));

        assertThat(e.status()).isEqualTo(401);
        assertThat(e.type()).isEqualTo(SpecProblemType.UNAUTHORIZED);
    }

    @Test
    void anUnknownIdIsANotFoundException(MoodhoodClient moodhood) {
        NotFoundException e = catchThrowableOfType(
                NotFoundException.class, () -> moodhood.spaces().getSpace("0000000000000000000000ff"));

        assertThat(e.type()).isEqualTo(SpecProblemType.NOT_FOUND);
    }

    @Test
    void theBaseUrlIsInjectedForAClientOfYourOwn(@StubsBaseUrl String baseUrl) {
        assertThat(baseUrl).matches("http://127\\.0\\.0\\.1:\\d+/v1");
        try (MoodhoodClient mine =
                MoodhoodClient.builder().baseUrl(baseUrl).personalToken("mine").build()) {
            assertThat(mine.spaces().getSpace(SPACE_ID).getId()).isEqualTo(SPACE_ID);
        }
    }
}
