package dev.moodhoodkit.server.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moodhoodkit.server.embed.Chromium;
import dev.moodhoodkit.server.testing.ApiTest;
import dev.moodhoodkit.server.testing.TestDatabase;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The HTML reference in a real browser (headless Chromium, {@link Chromium}): Redoc renders the
 * spec this server serves with no console error, loads nothing from another origin, frames
 * nothing, and shows every operation of the spec with its description, its parameters'
 * descriptions and every response with its description. Checked for the full spec at
 * {@code /reference/} (and {@code /docs/reference/}) and for the mirror at
 * {@code /reference/mirror/}.
 */
class ReferenceBrowserTests extends ApiTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private static Chromium chromium;

    @BeforeEach
    void startBrowser() {
        Assumptions.assumeFalse(TestDatabase.postgres(), "the browser test runs in the H2 execution only");
        if (chromium == null) {
            chromium = Chromium.start();
        }
    }

    @AfterAll
    static void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void theReferenceShowsEveryOperationAndDescriptionOfTheSpec() {
        assertRendersEverything("/reference/", SpecDescriptions.read(resource("openapi/openapi.yaml")));
    }

    @Test
    void theGuidesCopyOfTheReferenceRendersToo() {
        assertRendersEverything("/docs/reference/", SpecDescriptions.read(resource("openapi/openapi.yaml")));
    }

    @Test
    void theMirrorsReferenceShowsEveryOperationAndDescriptionOfTheMirror() {
        assertRendersEverything("/reference/mirror/", SpecDescriptions.read(resource("openapi/openapi-mirror.yaml")));
    }

    private void assertRendersEverything(String page, List<SpecDescriptions.Described> operations) {
        JavascriptExecutor browser = chromium.driver;
        chromium.driver.manage().logs().get(LogType.BROWSER); // start from an empty console
        chromium.driver.get(api.baseUrl() + page);
        try {
            new WebDriverWait(chromium.driver, WAIT)
                    .until(d -> !"loading"
                            .equals(browser.executeScript("return document.body.dataset.state || 'loading'")));
        } catch (TimeoutException e) {
            throw new AssertionError("The reference at " + page + " did not render within " + WAIT, e);
        }
        assertThat(browser.executeScript("return document.body.dataset.state"))
                .as("Redoc's outcome on %s", page)
                .isEqualTo("ready");

        @SuppressWarnings("unchecked")
        Map<String, Object> rendered = (Map<String, Object>) browser.executeScript(RENDERED);
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : chromium.driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(entry.getMessage());
            }
        }
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(errors).as("console errors on %s", page).isEmpty();
        @SuppressWarnings("unchecked")
        List<String> resources = (List<String>) rendered.get("resources");
        String origin = api.baseUrl();
        soft.assertThat(resources)
                .as("what %s loaded: nothing from another origin", page)
                .allSatisfy(url -> assertThat(url).startsWith(origin + "/"));
        soft.assertThat(rendered.get("frames")).as("iframes on %s", page).isEqualTo(0L);

        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> sections = (Map<String, Map<String, Object>>) rendered.get("operations");
        assertThat(operations).as("operations in the spec").isNotEmpty();
        for (SpecDescriptions.Described operation : operations) {
            Map<String, Object> section = sections.get(operation.operationId());
            soft.assertThat(section).as("%s on %s", operation, page).isNotNull();
            if (section == null) {
                continue;
            }
            String text = SpecDescriptions.plain((String) section.get("text"));
            for (String description : operation.descriptions()) {
                soft.assertThat(text)
                        .as("%s on %s shows the description %s", operation, page, description)
                        .contains(description);
            }
            @SuppressWarnings("unchecked")
            Map<String, String> responses = (Map<String, String>) section.get("responses");
            operation
                    .responses()
                    .forEach((status, description) -> soft.assertThat(responses.get(status))
                            .as("%s on %s: response %s shows its description", operation, page, status)
                            .isNotNull()
                            .satisfies(shown ->
                                    assertThat(SpecDescriptions.plain(shown)).contains(description)));
        }
        soft.assertAll();
    }

    private static URL resource(String name) {
        URL url = ReferenceBrowserTests.class.getClassLoader().getResource(name);
        assertThat(url).as("%s on the test classpath (the api-spec jar)", name).isNotNull();
        return url;
    }

    /**
     * What Redoc put on the page, per operation section ({@code data-section-id="operation/<id>"}):
     * its text and, per response button, the status and the description beside it; plus every
     * resource the page loaded and the number of frames.
     */
    private static final String RENDERED = """
            const operations = {};
            for (const section of document.querySelectorAll('[data-section-id^="operation/"]')) {
              const responses = {};
              const heading = Array.from(section.querySelectorAll('h3'))
                  .find(h => h.textContent.trim() === 'Responses');
              if (heading) {
                for (const button of heading.parentElement.querySelectorAll('button')) {
                  const status = button.querySelector('strong');
                  if (status) {
                    responses[status.textContent.trim()] =
                        button.textContent.substring(status.textContent.length).trim();
                  }
                }
              }
              operations[section.dataset.sectionId.substring('operation/'.length)] =
                  {text: section.textContent, responses: responses};
            }
            return {
              operations: operations,
              resources: performance.getEntriesByType('resource').map(e => e.name)
                  .concat([location.href]),
              frames: document.querySelectorAll('iframe, frame, object, embed').length
            };""";
}
