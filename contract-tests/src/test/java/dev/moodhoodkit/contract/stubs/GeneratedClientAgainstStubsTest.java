package dev.moodhoodkit.contract.stubs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moodhoodkit.contract.spec.SpecOperation;
import dev.moodhoodkit.contract.support.GeneratedClient;
import feign.FeignException;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The generated Feign client (as client-feign generates it, wired by hand) against the stubs:
 * an error stub reaches the caller as a FeignException of its status, with its body. Each
 * operation is called once, no retries: the generated client retries nothing itself here.
 */
class GeneratedClientAgainstStubsTest extends ClientAgainstStubsTest {

    @Override
    GeneratedClient.Apis connect(String baseUrl, Supplier<Map<String, String>> extraHeaders) {
        return GeneratedClient.connect(baseUrl, () -> TOKEN, extraHeaders);
    }

    @Override
    void checkFailure(SpecOperation op, SpecOperation.Response response, Throwable thrown) {
        assertThat(thrown).as(op.displayName()).isInstanceOfSatisfying(FeignException.class, e -> {
            assertThat(e.status()).isEqualTo(response.status());
            assertThat(body(e)).as("the problem body reaches the caller").isNotBlank();
        });
        assertThat(stubs.served()).as("%s: calls made", op.displayName()).hasSize(1);
    }

    /**
     * The answer's body. Feign's default error decoder turns an answer with Retry-After (429,
     * 503) into a RetryableException that keeps the body only on its cause.
     */
    private static String body(FeignException e) {
        if (e.contentUTF8().isBlank() && e.getCause() instanceof FeignException cause) {
            return cause.contentUTF8();
        }
        return e.contentUTF8();
    }
}
