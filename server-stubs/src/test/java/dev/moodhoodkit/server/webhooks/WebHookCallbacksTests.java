package dev.moodhoodkit.server.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The signed callback, checked against signatures that node computed for the spec's examples. */
class WebHookCallbacksTests {

    private static final String SECRET = "8f3b2c1d9e7a6f5b4c3d2e1f0a9b8c7d";

    @Test
    void aRecordEventIsSignedOverItsFourKeysInTheSpecsOrder() {
        WebHookCallbacks.Signed signed = WebHookCallbacks.sign(
                WebHookCallbacks.event(
                        EventName.RECORD_FINISHED,
                        "60d55c4fb9ef88ab17b0aabd",
                        "60d55c0eb9ef88ab17b0aabb",
                        "60d55f33b9ef88ab17b0aac9"),
                SECRET);

        assertThat(signed.body())
                .isEqualTo("{\"eventName\":\"record_finished\",\"roomId\":\"60d55c4fb9ef88ab17b0aabd\","
                        + "\"spaceId\":\"60d55c0eb9ef88ab17b0aabb\",\"recordId\":\"60d55f33b9ef88ab17b0aac9\"}");
        // node -e 'crypto.createHmac("sha256", SECRET).update(JSON.stringify(body)).digest("hex")'
        assertThat(signed.signature()).isEqualTo("61ac188a6a4b4303cdb9b186a6b14aa4c99caef4b7bb717778361e687762eb54");
        assertThat(signed.callback())
                .isEqualTo("{\"body\":" + signed.body() + ",\"signature\":\"" + signed.signature() + "\"}");
        assertThat(CallbackSpec.problems(signed.callback())).isEmpty();
    }

    @Test
    void theSpecsCallbackSchemaRefusesWhatIsNotAWebhookCall() {
        // The check above can fail: a callback without its signature, or with an unknown event, does not pass.
        assertThat(CallbackSpec.problems(
                        "{\"body\":{\"eventName\":\"call_started\",\"roomId\":\"60d55c4fb9ef88ab17b0aabd\","
                                + "\"spaceId\":\"60d55c0eb9ef88ab17b0aabb\"}}"))
                .isNotEmpty();
        assertThat(CallbackSpec.problems(
                        "{\"body\":{\"eventName\":\"call_paused\",\"roomId\":\"60d55c4fb9ef88ab17b0aabd\","
                                + "\"spaceId\":\"60d55c0eb9ef88ab17b0aabb\"},\"signature\":\"" + "0".repeat(64)
                                + "\"}"))
                .isNotEmpty();
    }

    @Test
    void aCallEventHasNoRecordId() {
        WebHookCallbacks.Signed signed = WebHookCallbacks.sign(
                WebHookCallbacks.event(
                        EventName.CALL_STARTED, "60d55c4fb9ef88ab17b0aabd", "60d55c0eb9ef88ab17b0aabb", null),
                SECRET);

        assertThat(signed.body())
                .isEqualTo(
                        "{\"eventName\":\"call_started\",\"roomId\":\"60d55c4fb9ef88ab17b0aabd\",\"spaceId\":\"60d55c0eb9ef88ab17b0aabb\"}");
        assertThat(signed.signature()).isEqualTo("80b1f8ee029a78837dd6e18f7ec5ea068f43d98a34db3599787b0458e91c42b4");
    }

    @Test
    void aJavaScriptReceiverAcceptsTheCallbackWithTheRightSecretOnly() {
        WebHookCallbacks.Signed signed = WebHookCallbacks.sign(
                WebHookCallbacks.event(
                        EventName.RECORD_FAILED,
                        "60d55c4fb9ef88ab17b0aabd",
                        "60d55c0eb9ef88ab17b0aabb",
                        "60d55f33b9ef88ab17b0aac9"),
                SECRET);

        assertThat(JavaScriptReceiverCheck.get()
                        .check(signed.callback(), SECRET)
                        .valid())
                .isTrue();
        assertThat(JavaScriptReceiverCheck.get()
                        .check(signed.callback(), "0a1b2c3d4e5f60718293a4b5c6d7e8f9")
                        .valid())
                .isFalse();
        String tampered = signed.callback().replace("record_failed", "record_finished");
        assertThat(JavaScriptReceiverCheck.get().check(tampered, SECRET).valid())
                .isFalse();
    }
}
