package dev.moodhoodkit.server.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moodhoodkit.server.embed.Chromium;
import dev.moodhoodkit.server.testing.Api;
import dev.moodhoodkit.server.testing.ApiTest;
import dev.moodhoodkit.server.testing.TestDatabase;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

/**
 * A newcomer's first run in Swagger UI, in headless Chromium ({@link Chromium}) against the real
 * server: this server is the selected one; "Try it out" of the token endpoint works with the
 * spec's own example (the {@code john-smith} client); "Authorize" gets a client token with the
 * bootstrap client, which creates a user; "Authorize" gets that user's token with the password
 * grant, which creates a space and a room in it. No token is pasted by hand.
 */
class SwaggerUiBrowserTests extends ApiTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private static Chromium chromium;

    @Value("${moodhood.bootstrap.client-id}")
    private String clientId;

    @Value("${moodhood.bootstrap.client-secret}")
    private String clientSecret;

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
    void authorizeCreateAUserAndAuthorizeAsTheUserToCreateASpaceAndARoom() {
        ChromeDriver browser = chromium.driver;
        // 127.0.0.1 rather than localhost: the spec lists http://localhost:8080/v1 and
        // https://moodhood.online/v1, neither of which is this server.
        String origin = api.baseUrl().replace("localhost", "127.0.0.1");
        browser.get(origin + "/swagger-ui/");
        waitFor(
                "Swagger UI ready",
                () -> "ready".equals(script("return document.body.dataset.state"))
                        && !browser.findElements(By.id("operations-Spaces-createSpace"))
                                .isEmpty());

        assertThat(script("return document.querySelector('.servers select').value"))
                .as("the selected server")
                .isEqualTo(origin + "/v1");

        // The token endpoint's own example (MoodHood's guide's john-smith) works as written.
        JsonNode exampleToken = tryItOut("Auth", "getAccessToken", null, null, 200);
        assertThat(exampleToken.get("access_token").asString()).isNotBlank();

        authorize("GetClientToken", "clientCredentials", null, null);
        String email = "swagger-" + UUID.randomUUID() + "@example.com";
        JsonNode user = tryItOut(
                "Users",
                "createNewUser",
                null,
                "{\"email\": \"" + email + "\", \"username\": \"Swagger\", \"password\": \"" + DEFAULT_PASSWORD + "\"}",
                201);
        assertThat(user.get("id").asString()).matches("[0-9a-f]{24}");

        logout("GetClientToken");
        authorize("GetUserToken", "password", email, DEFAULT_PASSWORD);
        JsonNode space = tryItOut("Spaces", "createSpace", null, null, 201);
        String spaceId = space.get("id").asString();
        JsonNode room = tryItOut("SpaceRooms", "createRoom", spaceId, null, 201);

        // What the browser made is in the server, owned by the new user.
        String userToken =
                passwordGrant(email, DEFAULT_PASSWORD).assertStatus(200).string("/access_token");
        api.get("/v1/spaces/" + spaceId + "/rooms/" + room.get("id").asString(), userToken)
                .assertStatus(200);
    }

    /** Opens the Authorize dialog and has Swagger UI get a token for one of its OAuth 2.0 schemes. */
    private void authorize(String scheme, String flow, String username, String password) {
        ChromeDriver browser = chromium.driver;
        browser.findElement(By.cssSelector(".auth-wrapper .btn.authorize")).click();
        WebElement container = waitForElement(schemeBlock(scheme));
        if (username != null) {
            container.findElement(By.id("oauth_username")).sendKeys(username);
            container.findElement(By.id("oauth_password")).sendKeys(password);
        }
        container.findElement(By.id("client_id_" + flow)).sendKeys(clientId);
        container.findElement(By.id("client_secret_" + flow)).sendKeys(clientSecret);
        container
                .findElement(By.cssSelector("button[aria-label='Apply given OAuth2 credentials']"))
                .click();
        try {
            new WebDriverWait(browser, WAIT)
                    .until(ExpectedConditions.presenceOfNestedElementLocatedBy(
                            container, By.cssSelector("button[aria-label='Remove authorization']")));
        } catch (TimeoutException e) {
            throw new AssertionError("Authorize " + scheme + " did not get a token: " + container.getText()
                    + "\nconsole: " + chromium.console());
        }
        closeDialog();
    }

    private void logout(String scheme) {
        chromium.driver
                .findElement(By.cssSelector(".auth-wrapper .btn.authorize"))
                .click();
        waitForElement(schemeBlock(scheme))
                .findElement(By.cssSelector("button[aria-label='Remove authorization']"))
                .click();
        closeDialog();
    }

    /** The Authorize dialog's block of one scheme ("GetClientToken (OAuth2, clientCredentials)"). */
    private static By schemeBlock(String scheme) {
        return By.xpath(
                "//div[contains(@class,'auth-container')][.//h4[starts-with(normalize-space(.), '" + scheme + " ')]]");
    }

    private void closeDialog() {
        chromium.driver.findElement(By.cssSelector(".dialog-ux .close-modal")).click();
        waitFor(
                "the dialog closed",
                () -> chromium.driver.findElements(By.cssSelector(".dialog-ux")).isEmpty());
    }

    /**
     * "Try it out" on one operation: its example body (or {@code body}), {@code pathValue} in its
     * one path parameter, Execute; asserts the status and answers the response body.
     */
    private JsonNode tryItOut(String tag, String operationId, String pathValue, String body, int status) {
        ChromeDriver browser = chromium.driver;
        WebElement operation = browser.findElement(By.id("operations-" + tag + "-" + operationId));
        script("arguments[0].scrollIntoView()", operation);
        operation.findElement(By.cssSelector(".opblock-summary-control")).click();
        WebElement tryOut = waitForNested(operation, By.cssSelector(".try-out__btn"));
        tryOut.click();
        if (pathValue != null) {
            WebElement parameter = waitForNested(operation, By.cssSelector(".parameters input[type='text']"));
            parameter.clear();
            parameter.sendKeys(pathValue);
        }
        if (body != null) {
            WebElement text = waitForNested(operation, By.cssSelector("textarea.body-param__text"));
            text.clear();
            text.sendKeys(body);
        }
        operation.findElement(By.cssSelector(".execute")).click();
        WebElement answer;
        try {
            answer = new WebDriverWait(browser, WAIT)
                    .until(ExpectedConditions.presenceOfNestedElementLocatedBy(
                            operation, By.cssSelector(".live-responses-table .response .response-col_status")));
        } catch (TimeoutException e) {
            throw new AssertionError(operationId + " answered nothing: " + operation.getText());
        }
        String shown = operation
                .findElement(By.cssSelector(".live-responses-table .response .response-col_description pre"))
                .getText();
        assertThat(answer.getText().trim())
                .as("%s's status in Swagger UI (body %s)", operationId, shown)
                .isEqualTo(String.valueOf(status));
        // Closed again, so that the next operation's controls are the only ones open.
        operation.findElement(By.cssSelector(".opblock-summary-control")).click();
        return Api.JSON.readTree(shown);
    }

    private Object script(String js, Object... arguments) {
        return ((JavascriptExecutor) chromium.driver).executeScript(js, arguments);
    }

    private WebElement waitForElement(By by) {
        try {
            return new WebDriverWait(chromium.driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(by));
        } catch (TimeoutException e) {
            throw new AssertionError("No " + by + " in the page: " + script("return document.body.innerText")
                    + "\nconsole: " + chromium.console());
        }
    }

    private WebElement waitForNested(WebElement parent, By by) {
        return new WebDriverWait(chromium.driver, WAIT)
                .until(ExpectedConditions.presenceOfNestedElementLocatedBy(parent, by));
    }

    private void waitFor(String what, java.util.function.BooleanSupplier condition) {
        try {
            new WebDriverWait(chromium.driver, WAIT).until(d -> condition.getAsBoolean());
        } catch (TimeoutException e) {
            throw new AssertionError("Waited " + WAIT + " for " + what + "; console: " + chromium.console(), e);
        }
    }
}
