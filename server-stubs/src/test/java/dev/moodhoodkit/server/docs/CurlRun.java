package dev.moodhoodkit.server.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Runs a curl example as a reader would: the command text goes to {@code bash -c} (so quoting,
 * {@code $PLACEHOLDER}s and backslash continuations behave as in their shell), with the real
 * {@code curl} binary. A shell function named {@code curl} wraps it to record what was sent
 * (the arguments after expansion) and what came back (status, headers, body) in files; the
 * example's own options are untouched, only {@code -i} is switched off so the body is clean.
 */
final class CurlRun {

    /** Options of curl that take a value (the ones the guide may use, and the ones it must not). */
    private static final Set<String> WITH_VALUE = Set.of(
            "-X",
            "--request",
            "-H",
            "--header",
            "-d",
            "--data",
            "--data-raw",
            "--data-binary",
            "--data-urlencode",
            "--json",
            "-o",
            "--output",
            "-w",
            "--write-out",
            "-D",
            "--dump-header",
            "-u",
            "--user",
            "-F",
            "--form",
            "-A",
            "--user-agent",
            "-m",
            "--max-time",
            "--connect-timeout",
            "--url",
            "-e",
            "--referer",
            "-b",
            "--cookie",
            "-c",
            "--cookie-jar");
    /**
     * The runner's own: an example that sets them would hide the answer from the check. ({@code -o
     * file} is fine: the command runs in a folder of its own, and the file is read as the body.)
     */
    private static final Set<String> FORBIDDEN =
            Set.of("-w", "--write-out", "-D", "--dump-header", "-O", "--remote-name", "-K", "--config");

    private static final String WRAPPER = """
            curl() {
              printf '%s\\0' "$@" > "$MH_ARGS"
              command curl -q "$@" --no-include -sS --max-time 30 -o "$MH_BODY" -D "$MH_HEADERS" -w '%{http_code}' > "$MH_STATUS"
            }
            """;

    /**
     * What an example did.
     *
     * @param argv    curl's arguments after the shell expanded them
     * @param status  the HTTP status (0 if there was no answer)
     * @param headers the response headers, names in lower case (the last response's, after redirects)
     * @param body    the response body
     * @param stderr  what curl or the shell printed on standard error
     */
    record Result(List<String> argv, int status, Map<String, List<String>> headers, String body, String stderr) {

        Optional<String> header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
        }

        /** The request as curl sent it, read from its arguments. */
        SentRequest request() {
            return SentRequest.of(argv);
        }
    }

    /** A request read from curl's arguments. */
    record SentRequest(
            String method, URI url, Map<String, String> headers, String body, List<String> forbidden, String output) {

        static SentRequest of(List<String> argv) {
            String method = null;
            String url = null;
            String body = null;
            String output = null;
            Map<String, String> headers = new LinkedHashMap<>();
            List<String> forbidden = new ArrayList<>();
            for (int i = 0; i < argv.size(); i++) {
                String arg = argv.get(i);
                String option = arg;
                String value = null;
                if (arg.startsWith("--") && arg.contains("=")) {
                    option = arg.substring(0, arg.indexOf('='));
                    value = arg.substring(arg.indexOf('=') + 1);
                } else if (arg.startsWith("-X") && arg.length() > 2) {
                    option = "-X";
                    value = arg.substring(2);
                }
                if (FORBIDDEN.contains(option)) {
                    forbidden.add(option);
                }
                if (!option.startsWith("-")) {
                    url = url == null ? arg : url;
                    continue;
                }
                if (WITH_VALUE.contains(option) && value == null) {
                    value = i + 1 < argv.size() ? argv.get(++i) : "";
                }
                switch (option) {
                    case "-X", "--request" -> method = value;
                    case "--url" -> url = value;
                    case "-o", "--output" -> output = output == null ? value : output;
                    case "-H", "--header" -> {
                        int colon = value.indexOf(':');
                        if (colon > 0) {
                            headers.put(
                                    value.substring(0, colon).strip(),
                                    value.substring(colon + 1).strip());
                        }
                    }
                    case "-d", "--data", "--data-raw", "--data-binary" -> {
                        body = body == null ? value : body + "&" + value;
                        headers.putIfAbsent("Content-Type", "application/x-www-form-urlencoded");
                    }
                    case "--json" -> {
                        body = body == null ? value : body + value;
                        headers.put("Content-Type", "application/json");
                        headers.putIfAbsent("Accept", "application/json");
                    }
                    default -> {}
                }
            }
            if (method == null) {
                method = body != null ? "POST" : "GET";
            }
            return new SentRequest(
                    method.toUpperCase(Locale.ROOT),
                    url == null ? null : URI.create(url),
                    headers,
                    body,
                    forbidden,
                    output);
        }
    }

    private CurlRun() {}

    /** Runs {@code command} with {@code variables} in its environment. */
    static Result run(String command, Map<String, String> variables) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("docs-curl");
            Path args = dir.resolve("args");
            Path body = dir.resolve("body");
            Path headers = dir.resolve("headers");
            Path status = dir.resolve("status");
            Path stderr = dir.resolve("stderr");
            ProcessBuilder builder = new ProcessBuilder("bash", "-c", WRAPPER + command)
                    .directory(dir.toFile())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(stderr.toFile());
            Map<String, String> env = builder.environment();
            env.keySet().removeIf(name -> !name.equals("PATH") && !name.equals("LANG") && !name.equals("HOME"));
            env.putAll(variables);
            env.put("MH_ARGS", args.toString());
            env.put("MH_BODY", body.toString());
            env.put("MH_HEADERS", headers.toString());
            env.put("MH_STATUS", status.toString());
            Process process = builder.start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("the command did not finish within 60 s");
            }
            List<String> argv = Files.exists(args) ? split(Files.readString(args, StandardCharsets.UTF_8)) : List.of();
            String code = Files.exists(status) ? Files.readString(status).strip() : "";
            // An example's own -o comes first, so curl writes the body there rather than to ours.
            String output = SentRequest.of(argv).output();
            Path bodyFile = output == null ? body : dir.resolve(output);
            return new Result(
                    argv,
                    code.matches("\\d{3}") ? Integer.parseInt(code) : 0,
                    headers(headers),
                    Files.exists(bodyFile) ? new String(Files.readAllBytes(bodyFile), StandardCharsets.UTF_8) : "",
                    Files.readString(stderr, StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            delete(dir);
        }
    }

    private static List<String> split(String nulSeparated) {
        List<String> parts = new ArrayList<>(List.of(nulSeparated.split("\0", -1)));
        if (!parts.isEmpty() && parts.get(parts.size() - 1).isEmpty()) {
            parts.remove(parts.size() - 1);
        }
        return parts;
    }

    /** The headers of the last response in curl's header dump (earlier ones are 1xx or redirects). */
    private static Map<String, List<String>> headers(Path dump) throws IOException {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        if (!Files.exists(dump)) {
            return headers;
        }
        for (String line : Files.readAllLines(dump, StandardCharsets.ISO_8859_1)) {
            if (line.startsWith("HTTP/")) {
                headers.clear();
                continue;
            }
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.computeIfAbsent(
                                line.substring(0, colon).strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(line.substring(colon + 1).strip());
            }
        }
        return headers;
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(dir);
        } catch (IOException ignored) {
            // a temp directory left behind is harmless
        }
    }
}
