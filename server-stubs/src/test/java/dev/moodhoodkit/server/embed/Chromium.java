package dev.moodhoodkit.server.embed;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Chromium from Debian's {@code chromium} and {@code chromium-driver} packages, with a
 * fake camera and microphone that the browser grants without asking, and nothing that calls
 * home (this machine's network is closed). Found at {@code /usr/lib/chromium/chromium} (the
 * binary behind Debian's {@code /usr/bin/chromium} wrapper) and {@code /usr/bin/chromedriver},
 * or where {@code -Dmoodhood.chromium} and {@code -Dmoodhood.chromedriver} say.
 * <p>
 * Missing, it fails the test in CI ({@code CI=true}, where {@code .ci/run} installs it) and skips
 * it elsewhere, saying how to install it. Shared by the browser tests of the room page, the HTML
 * reference and Swagger UI.
 */
public final class Chromium implements AutoCloseable {

    public final ChromeDriver driver;
    private final Path profile;

    private Chromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    public static Chromium start() {
        Optional<Path> browser = executable("moodhood.chromium", "/usr/lib/chromium/chromium", "/usr/bin/chromium");
        Optional<Path> driver = executable("moodhood.chromedriver", "/usr/bin/chromedriver");
        if (browser.isEmpty() || driver.isEmpty()) {
            String missing = "Chromium is not installed (" + (browser.isEmpty() ? "no chromium" : "no chromedriver")
                    + "): apt-get install -y chromium chromium-driver";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(missing + ". CI must have it: .ci/run installs it.");
            }
            Assumptions.abort(missing + ". The browser test is skipped.");
        }
        Path profile;
        try {
            profile = Files.createTempDirectory("moodhood-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.get().toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                // Nothing leaves the machine: no QUIC, updates, sync or background fetches.
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                // A fake camera (a moving test pattern) and microphone, granted without a prompt.
                "--use-fake-ui-for-media-stream",
                "--use-fake-device-for-media-stream",
                "--user-data-dir=" + profile,
                "--window-size=1280,860");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver.get().toFile())
                .usingAnyFreePort()
                .build();
        return new Chromium(new ChromeDriver(service, options), profile);
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(profile);
        }
    }

    /** The browser's console since the last call, for a failure's message. */
    public String console() {
        try {
            List<LogEntry> entries = driver.manage().logs().get(LogType.BROWSER).getAll();
            return entries.isEmpty()
                    ? "(empty)"
                    : entries.stream()
                            .map(e -> e.getLevel() + " " + e.getMessage())
                            .collect(Collectors.joining("\n    ", "\n    ", ""));
        } catch (RuntimeException e) {
            return "(unavailable: " + e.getMessage() + ")";
        }
    }

    /** The configured path if there is one (only it: a wrong one skips or fails), else the first default that exists. */
    private static Optional<Path> executable(String property, String... defaults) {
        String configured = System.getProperty(property);
        Stream<String> candidates =
                configured != null && !configured.isBlank() ? Stream.of(configured) : Stream.of(defaults);
        return candidates.map(Path::of).filter(Files::isExecutable).findFirst();
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException | RuntimeException e) {
            // A temporary profile left behind is harmless.
        }
    }
}
