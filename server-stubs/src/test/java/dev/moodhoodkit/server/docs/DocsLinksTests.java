package dev.moodhoodkit.server.docs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How {@link GuideLinks} rewrites the guide's links for the server. */
class DocsLinksTests {

    private final GuideLinks links = new GuideLinks("https://github.com/moodhoodkit/moodhood-kit/blob/main/");

    @Test
    void pageLinksLoseTheirMdAndIndexIsTheFrontPage() {
        assertThat(links.rewrite("authorization.md")).isEqualTo("authorization");
        assertThat(links.rewrite("authorization.md#a-user-token")).isEqualTo("authorization#a-user-token");
        assertThat(links.rewrite("index.md")).isEqualTo("./");
    }

    @Test
    void theDocumentedLocalServerBecomesThisServer() {
        assertThat(links.rewrite("http://localhost:8080/docs/reference/")).isEqualTo("/docs/reference/");
        assertThat(links.rewrite("http://localhost:8080/swagger-ui/")).isEqualTo("/swagger-ui/");
    }

    @Test
    void filesOutsideDocsPointIntoTheRepository() {
        assertThat(links.rewrite("../client-feign/README.md"))
                .isEqualTo("https://github.com/moodhoodkit/moodhood-kit/blob/main/client-feign/README.md");
        assertThat(links.rewrite("../../escape.md")).isEqualTo("../../escape.md");
    }

    @Test
    void anchorsImagesAndAbsoluteLinksStay() {
        assertThat(links.rewrite("#settings")).isEqualTo("#settings");
        assertThat(links.rewrite("images/embedded-room.png")).isEqualTo("images/embedded-room.png");
        assertThat(links.rewrite("https://www.rfc-editor.org/rfc/rfc9457"))
                .isEqualTo("https://www.rfc-editor.org/rfc/rfc9457");
        assertThat(links.rewrite("/docs/")).isEqualTo("/docs/");
    }
}
