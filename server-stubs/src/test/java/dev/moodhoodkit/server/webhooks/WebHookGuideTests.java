package dev.moodhoodkit.server.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The guide's webhook payload example is a real call: signed with the guide's example secret as
 * the server signs (and as JavaScript checks). The guide's JavaScript receiver itself runs in
 * {@link WebHookDeliveryTests}.
 */
class WebHookGuideTests {

    private static final String GUIDE_SECRET = "8f3b2c1d9e7a6f5b4c3d2e1f0a9b8c7d";

    @Test
    void theGuidesExampleCallIsSignedWithTheGuidesExampleSecret() {
        List<String> json = GuideBlocks.of("webhooks.md", "json");
        String example = json.stream()
                .filter(block -> block.contains("\"signature\""))
                .findFirst()
                .orElseThrow();
        assertThat(json).anySatisfy(block -> assertThat(block).contains("\"secret\": \"" + GUIDE_SECRET + "\""));

        JavaScriptReceiverCheck.Verdict verdict = JavaScriptReceiverCheck.get().check(example, GUIDE_SECRET);

        assertThat(verdict.valid()).as("%s", verdict).isTrue();
        assertThat(WebHookCallbacks.sign(
                                WebHookCallbacks.event(
                                        EventName.RECORD_FINISHED,
                                        "60d55c4fb9ef88ab17b0aabd",
                                        "60d55c0eb9ef88ab17b0aabb",
                                        "60d55f33b9ef88ab17b0aac9"),
                                GUIDE_SECRET)
                        .signature())
                .isEqualTo(verdict.expectedSignature());
    }
}
