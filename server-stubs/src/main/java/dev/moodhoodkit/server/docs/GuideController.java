package dev.moodhoodkit.server.docs;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The guide at {@code /docs}: {@code /docs/} is {@code index.md}, {@code /docs/<page>} a page as
 * HTML, {@code /docs/<page>.md} its Markdown as written. The HTML reference is at
 * {@code /docs/reference/} ({@link GuideWebConfig}). Not under {@code /v1}: it documents the API
 * rather than being part of it, and needs no token.
 */
@RestController
class GuideController {

    static final MediaType MARKDOWN = new MediaType("text", "markdown", StandardCharsets.UTF_8);
    private static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

    private final GuidePages pages;

    GuideController(GuidePages pages) {
        this.pages = pages;
    }

    @GetMapping("/docs/")
    ResponseEntity<String> index() {
        return html("index");
    }

    /** More specific than a page: the HTML reference ({@link ReferenceWebConfig}) wants its slash. */
    @GetMapping("/docs/reference")
    ResponseEntity<Void> reference() {
        return ResponseEntity.status(HttpStatus.FOUND)
                .location(URI.create("/docs/reference/"))
                .build();
    }

    @GetMapping("/docs/{page:[A-Za-z0-9][A-Za-z0-9_-]*}")
    ResponseEntity<String> page(@PathVariable String page) {
        return html(page);
    }

    @GetMapping("/docs/{page:[A-Za-z0-9][A-Za-z0-9_-]*}.md")
    ResponseEntity<String> markdown(@PathVariable String page) {
        return pages.page(page)
                .map(p -> ResponseEntity.ok()
                        .contentType(MARKDOWN)
                        .cacheControl(CacheControl.noCache())
                        .body(p.markdown()))
                .orElseGet(() -> notFound(page));
    }

    private ResponseEntity<String> html(String name) {
        return pages.page(name)
                .map(p -> ResponseEntity.ok()
                        .contentType(HTML)
                        .cacheControl(CacheControl.noCache())
                        .body(GuideLayout.page(p.title(), p.html(), p.name())))
                .orElseGet(() -> notFound(name));
    }

    private ResponseEntity<String> notFound(String name) {
        String body = "<h1>No such page</h1><p>The guide has no page <code>" + HtmlUtils.htmlEscape(name)
                + "</code>. Its pages are listed on the <a href=\"/docs/\">front page</a>.</p>";
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .contentType(HTML)
                .body(GuideLayout.page("No such page", body, null));
    }
}
