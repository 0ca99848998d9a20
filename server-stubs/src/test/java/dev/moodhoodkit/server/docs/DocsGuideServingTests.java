package dev.moodhoodkit.server.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moodhoodkit.server.testing.ApiTest;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The guide at /docs: every page of docs/ rendered to HTML, its Markdown, and the HTML reference. */
class DocsGuideServingTests extends ApiTest {

    private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");

    @Test
    void docsServesIndexMdAsTheFrontPage() {
        HttpResponse<String> front = api.page("/docs/");

        assertThat(front.statusCode()).isEqualTo(200);
        assertThat(front.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(front.body())
                .contains(
                        "<title>The MoodHood API kit guide · MoodHood API kit</title>",
                        "<h1 id=\"the-moodhood-api-kit-guide\">",
                        "<table>");
        HttpResponse<String> bare = api.page("/docs");
        assertThat(bare.statusCode()).isEqualTo(302);
        assertThat(bare.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/docs/"));
    }

    @Test
    void everyPageOfTheDocsFolderIsServedAsHtmlAndAsItsMarkdown() throws IOException {
        for (Path page : DocsExamplesTests.pages()) {
            String file = page.getFileName().toString();
            String name = file.substring(0, file.length() - ".md".length());

            HttpResponse<String> html = api.page("/docs/" + name);
            assertThat(html.statusCode()).as(file).isEqualTo(200);
            assertThat(html.body()).as(file).startsWith("<!DOCTYPE html>").contains("<main>", "</main>");

            HttpResponse<String> markdown = api.page("/docs/" + file);
            assertThat(markdown.statusCode()).as(file).isEqualTo(200);
            assertThat(markdown.headers().firstValue("Content-Type"))
                    .as(file)
                    .hasValueSatisfying(t -> assertThat(t).startsWith("text/markdown"));
            assertThat(markdown.body()).as(file).isEqualTo(Files.readString(page, StandardCharsets.UTF_8));
        }
    }

    @Test
    void linksBetweenPagesLeadToServedPagesAndLocalServerLinksToThisServer() {
        String front = api.page("/docs/").body();
        Matcher links = HREF.matcher(front);
        int pageLinks = 0;
        while (links.find()) {
            String href = links.group(1);
            if (href.equals("/docs/index.md")) {
                continue; // the footer's link to the page's own Markdown
            }
            assertThat(href)
                    .as("links keep no .md (rendered pages) and no fixed localhost:8080")
                    .doesNotEndWith(".md")
                    .doesNotContain("localhost:8080");
            if (href.matches("[a-z-]+(#.*)?")) {
                String page = href.replaceAll("#.*", "");
                assertThat(api.page("/docs/" + page).statusCode())
                        .as("/docs/" + page + ", linked from the front page")
                        .isEqualTo(200);
                pageLinks++;
            }
        }
        assertThat(pageLinks).as("links from the front page to other pages").isGreaterThanOrEqualTo(10);
        assertThat(front).contains("href=\"/docs/reference/\"", "href=\"/swagger-ui/\"");
    }

    @Test
    void theHtmlReferenceIsServedUnderDocs() {
        HttpResponse<String> reference = api.page("/docs/reference/");

        assertThat(reference.statusCode()).isEqualTo(200);
        // Redoc renders it in the browser (ReferenceBrowserTests); the page names what it loads.
        assertThat(reference.body()).contains("MoodHood API reference", "assets/redoc.standalone.js");
        assertThat(api.page("/docs/reference/assets/redoc.standalone.js").statusCode())
                .isEqualTo(200);
        HttpResponse<String> bare = api.page("/docs/reference");
        assertThat(bare.statusCode()).isEqualTo(302);
        assertThat(bare.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/docs/reference/"));
    }

    @Test
    void anUnknownPageIsAnHtml404AndNamesCannotLeaveTheFolder() {
        HttpResponse<String> missing = api.page("/docs/no-such-page");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("No such page", "no-such-page");

        assertThat(api.page("/docs/no-such-page.md").statusCode()).isEqualTo(404);
        assertThat(api.page("/docs/..%2Fapplication.yaml").statusCode()).isIn(400, 404);
        assertThat(api.page("/docs/%2e%2e/application").statusCode()).isIn(400, 404);
    }

    @Test
    void theGuideNeedsNoToken() {
        assertThat(api.page("/docs/authorization").statusCode()).isEqualTo(200);
        assertThat(api.page("/v1/spaces").statusCode()).isEqualTo(401);
    }
}
