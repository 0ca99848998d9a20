package dev.moodhoodkit.server.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import dev.moodhoodkit.server.testing.Api;
import dev.moodhoodkit.server.testing.ApiTest;
import dev.moodhoodkit.testsupport.SpecValidation;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Every curl example of the guide ({@code docs/*.md}) runs against this server with the real
 * {@code curl}, and answers the status its page documents. The convention is at the top of
 * {@code docs/index.md}: {@code # expect: <status>} above each command, {@code # save: NAME=/pointer}
 * to keep a value of the answer for the page's later examples, {@code $PLACEHOLDERS} for ids
 * and tokens ({@link DocPlaceholders} makes those a page uses without setting), and the JSON
 * block right after a command as the answer the page shows.
 * <p>
 * For each example it checks: the status; the exchange against openapi.yaml (the whole exchange
 * for a success, the answer alone for an error, whose request may break the contract on
 * purpose); the shown answer against openapi.yaml for that operation and status; and that every
 * field the shown answer has, the real answer has too. A failure names the page, the example's
 * number and line, and the command.
 */
class DocsExamplesTests extends ApiTest {

    /** Where a page says the server is; the examples run against this test's server instead. */
    static final String DOCUMENTED_SERVER = "http://localhost:8080";

    private static final Pattern EXAMPLE_EMAIL = Pattern.compile("\\b([a-z0-9._-]+)@example\\.com\\b");

    @Value("${moodhood.bootstrap.client-id}")
    private String clientId;

    @Value("${moodhood.bootstrap.client-secret}")
    private String clientSecret;

    /** The folder of the guide: the repository's docs/, next to this module. */
    static Path docsFolder() {
        return Path.of(System.getProperty("moodhood.docs.dir", "../docs"))
                .toAbsolutePath()
                .normalize();
    }

    static List<Path> pages() throws IOException {
        try (Stream<Path> files = Files.list(docsFolder())) {
            return files.filter(p -> p.getFileName().toString().endsWith(".md"))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void theGuideHasCurlExamplesOnEveryTaskPage() throws IOException {
        // A page with none would pass for free; these are the pages that document calls.
        List<String> withExamples = new ArrayList<>();
        for (Path page : pages()) {
            if (!DocExamples.of(page).isEmpty()) {
                withExamples.add(page.getFileName().toString());
            }
        }
        assertThat(withExamples)
                .contains(
                        "introduction.md",
                        "authorization.md",
                        "spaces-and-rooms.md",
                        "room-settings.md",
                        "users-and-invites.md",
                        "guest-links.md",
                        "embedding.md",
                        "webhooks.md",
                        "records-and-analytics.md",
                        "running-the-server.md");
    }

    @Test
    void anExampleThatNoLongerAnswersWhatItsPageSaysFailsNamingThePageTheExampleAndTheCommand() {
        PageRun run = new PageRun(new DocPlaceholders(api, this::clientToken, clientId, clientSecret));
        DocExample wrong = new DocExample(
                "spaces-and-rooms.md",
                3,
                42,
                "curl -s http://localhost:8080/v1/users/me -H \"Authorization: Bearer $CLIENT_TOKEN\"",
                200,
                List.of(),
                null,
                0);

        assertThatThrownBy(() -> run.check(wrong))
                .hasMessageStartingWith("docs/spaces-and-rooms.md example 3 (line 42): answered 403 instead of 200")
                .hasMessageContaining("command: curl -s http://localhost:8080/v1/users/me");
    }

    @Test
    void aShownAnswerWithAFieldTheRealAnswerLacksFails() {
        PageRun run = new PageRun(new DocPlaceholders(api, this::clientToken, clientId, clientSecret));
        DocExample shown = new DocExample(
                "authorization.md",
                1,
                10,
                "curl -s http://localhost:8080/v1/users/me -H \"Authorization: Bearer $USER_TOKEN\"",
                200,
                List.of(),
                "{\"id\": \"60d55b7bb9ef88ab17b0aab9\", \"email\": \"anna@example.com\", \"username\": \"Anna\","
                        + " \"phone\": \"+79991234567\", \"createdAt\": \"2026-11-20T09:30:00Z\"}",
                12);

        assertThatThrownBy(() -> run.check(shown)).hasMessageContaining("'/phone', which the real answer does not");
    }

    @TestFactory
    Stream<DynamicNode> everyCurlExampleAnswersWhatItsPageSays() throws IOException {
        List<DynamicNode> pages = new ArrayList<>();
        for (Path page : pages()) {
            List<DocExample> examples = DocExamples.of(page);
            if (examples.isEmpty()) {
                continue;
            }
            PageRun run = new PageRun(new DocPlaceholders(api, this::clientToken, clientId, clientSecret));
            pages.add(DynamicContainer.dynamicContainer(
                    "docs/" + page.getFileName(),
                    page.toUri(),
                    examples.stream()
                            .map(e -> DynamicTest.dynamicTest(
                                    "example " + e.number() + " (line " + e.line() + "): " + e.oneLine(),
                                    page.toUri(),
                                    () -> run.check(e)))));
        }
        return pages.stream();
    }

    /** The state of one page's run: its placeholders, and its example emails made unique. */
    private final class PageRun {

        private final DocPlaceholders placeholders;
        private final String emailSuffix = "." + UUID.randomUUID().toString().substring(0, 8);

        PageRun(DocPlaceholders placeholders) {
            this.placeholders = placeholders;
        }

        void check(DocExample example) {
            try {
                run(example);
            } catch (AssertionError e) {
                throw new AssertionError(
                        example.where() + ": " + e.getMessage() + "\n  command: " + example.oneLine(), e);
            }
        }

        private void run(DocExample example) {
            String command = localized(example.command());
            Map<String, String> variables = new java.util.LinkedHashMap<>();
            // Values may hold the server's documented address too (links built on moodhood.public-url).
            placeholders
                    .referencedIn(command)
                    .forEach((name, value) -> variables.put(name, value.replace(DOCUMENTED_SERVER, api.baseUrl())));
            CurlRun.Result result = CurlRun.run(command, variables);
            CurlRun.SentRequest sent = result.request();

            assertThat(sent.forbidden())
                    .as("options that the docs test sets itself")
                    .isEmpty();
            if (result.status() != example.expectedStatus()) {
                throw new AssertionError("answered " + (result.status() == 0 ? "nothing" : result.status())
                        + " instead of " + example.expectedStatus() + "\n  body: " + abbreviated(result.body())
                        + (result.stderr().isEmpty() ? "" : "\n  stderr: " + result.stderr()));
            }
            URI url = sent.url();
            if (url != null && url.getPath().startsWith("/v1/")) {
                checkAgainstSpec(example, sent, result);
                if (example.answer() != null) {
                    checkShownAnswer(example, sent, result);
                }
            } else if (example.answer() != null) {
                assertSameFields(parse(example.answer(), "the shown answer"), parse(result.body(), "the answer"), "");
            }
            for (DocExample.Save save : example.saves()) {
                placeholders.set(save.name(), saved(save, result));
            }
        }

        /** The page's address of the server → this test's; example emails → unique to this run of the page. */
        private String localized(String command) {
            String local = command.replace(DOCUMENTED_SERVER, api.baseUrl());
            Matcher m = EXAMPLE_EMAIL.matcher(local);
            return m.replaceAll(r -> Matcher.quoteReplacement(r.group(1) + emailSuffix + "@example.com"));
        }

        private void checkAgainstSpec(DocExample example, CurlRun.SentRequest sent, CurlRun.Result result) {
            Request.Method method = Request.Method.valueOf(sent.method());
            SimpleResponse response = response(result.status(), result.headers(), result.body());
            String what = sent.method() + " " + sent.url().getPath();
            if (example.expectedStatus() >= 400) {
                SpecValidation.assertResponseMatches(sent.url().getPath(), method, response, what);
                return;
            }
            SimpleRequest.Builder request =
                    new SimpleRequest.Builder(method, sent.url().getPath());
            sent.headers().forEach(request::withHeader);
            if (sent.body() != null) {
                request.withBody(sent.body());
            }
            query(sent.url()).forEach(request::withQueryParam);
            SpecValidation.assertExchangeMatches(request.build(), response, what);
        }

        private void checkShownAnswer(DocExample example, CurlRun.SentRequest sent, CurlRun.Result result) {
            String contentType = result.header("Content-Type").orElse("application/json");
            SimpleResponse shown = SimpleResponse.Builder.status(example.expectedStatus())
                    .withContentType(contentType)
                    .withBody(example.answer())
                    .build();
            SpecValidation.assertResponseMatches(
                    sent.url().getPath(),
                    Request.Method.valueOf(sent.method()),
                    shown,
                    "the answer shown at line " + example.answerLine());
            assertSameFields(
                    parse(example.answer(), "the answer shown at line " + example.answerLine()),
                    parse(result.body(), "the answer"),
                    "");
        }

        private String saved(DocExample.Save save, CurlRun.Result result) {
            String pointer = save.pointer();
            String parameter = null;
            int q = pointer.indexOf('?');
            if (q >= 0) {
                parameter = pointer.substring(q + 1);
                pointer = pointer.substring(0, q);
            }
            if (pointer.isEmpty() && !result.header("Content-Type").orElse("").contains("json")) {
                return parameter == null
                        ? result.body().strip()
                        : DocPlaceholders.query(result.body().strip(), parameter);
            }
            JsonNode node = parse(result.body(), "the answer").at(pointer);
            if (node.isMissingNode() || node.isNull() || node.isContainer()) {
                throw new AssertionError("# save: " + save.name() + " finds no value at " + pointer + " in "
                        + abbreviated(result.body()));
            }
            String value = node.asString();
            return parameter == null ? value : DocPlaceholders.query(value, parameter);
        }
    }

    /** Every field of {@code shown} is in {@code actual}, recursively (arrays: by their first items). */
    static void assertSameFields(JsonNode shown, JsonNode actual, String path) {
        if (shown.isObject()) {
            if (!actual.isObject()) {
                throw new AssertionError(
                        "the shown answer has an object at '" + path + "', the real one has " + actual);
            }
            for (Iterator<String> names = shown.propertyNames().iterator(); names.hasNext(); ) {
                String name = names.next();
                if (!actual.has(name)) {
                    throw new AssertionError("the shown answer has '" + path + "/" + name
                            + "', which the real answer does not: " + actual);
                }
                assertSameFields(shown.get(name), actual.get(name), path + "/" + name);
            }
        } else if (shown.isArray() && actual.isArray() && !shown.isEmpty() && !actual.isEmpty()) {
            assertSameFields(shown.get(0), actual.get(0), path + "/0");
        }
    }

    private static SimpleResponse response(int status, Map<String, List<String>> headers, String body) {
        SimpleResponse.Builder response = SimpleResponse.Builder.status(status);
        headers.forEach(response::withHeader);
        if (!body.isEmpty()) {
            response.withBody(body);
        }
        return response.build();
    }

    private static Map<String, String> query(URI url) {
        Map<String, String> query = new java.util.LinkedHashMap<>();
        if (url.getRawQuery() != null) {
            for (String pair : url.getRawQuery().split("&")) {
                int eq = pair.indexOf('=');
                query.put(
                        URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                        eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return query;
    }

    private static JsonNode parse(String json, String what) {
        try {
            return Api.JSON.readTree(json);
        } catch (JacksonException e) {
            throw new AssertionError(what + " is not JSON: " + abbreviated(json));
        }
    }

    private static String abbreviated(String text) {
        return text.length() <= 600 ? text : text.substring(0, 600) + "…";
    }
}
