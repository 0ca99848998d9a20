package dev.moodhoodkit.server.errors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moodhoodkit.server.testing.ApiResponse;
import dev.moodhoodkit.server.testing.ApiTest;
import dev.moodhoodkit.server.testing.TestUser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every error is a problem document, also what Tomcat refuses before Spring sees the request
 * (sent over a raw socket: no HTTP client would send these), and a NUL character in a JSON string
 * is a 422 on every database.
 */
class ErrorsAreProblemsTests extends ApiTest {

    /** The raw answer to {@code request}: status line, headers and body. */
    private String raw(byte[] request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int n;
            try {
                while ((n = in.read(buffer)) > 0) {
                    answer.write(buffer, 0, n);
                }
            } catch (IOException reset) {
                // Tomcat may reset the connection after answering: what came before is the answer.
            }
            return answer.toString(StandardCharsets.ISO_8859_1);
        }
    }

    private String raw(String request) throws IOException {
        return raw(request.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static void assertProblem(String answer, int status, String type) {
        assertThat(answer).startsWith("HTTP/1.1 " + status);
        assertThat(answer.toLowerCase()).contains("content-type: application/problem+json");
        assertThat(answer).contains("\"type\":\"https://moodhood.online/problems/" + type + "\"");
        assertThat(answer).contains("\"status\":" + status);
        assertThat(answer).doesNotContain("<html");
    }

    @Test
    void headersTooLargeAre431() throws IOException {
        String answer = raw(
                "GET /v1/spaces HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(20_000) + "\r\nConnection: close\r\n\r\n");
        assertProblem(answer, 431, "headers-too-large");
    }

    @Test
    void pathsTomcatWillNotMapAre400() throws IOException {
        assertProblem(
                raw("GET /v1/spaces/..%2f..%2fetc HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"),
                400,
                "malformed-request");
        assertProblem(
                raw("GET /v1/spaces/\u0000 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"),
                400,
                "malformed-request");
        assertProblem(
                raw("GET /v1/sp{aces HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"), 400, "malformed-request");
    }

    @Test
    void errorsSentByTheContainerAreProblems() throws IOException {
        String answer = raw("TRACE /v1/spaces HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertProblem(answer, 405, "method-not-allowed");
    }

    @Test
    void bodiesOverTheLimitAre413DeclaredOrChunked() throws IOException {
        TestUser user = newUser();
        String body = "{\"name\":\"" + "a".repeat(70_000) + "\"}";
        String declared = raw("POST /v1/spaces HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + user.token()
                + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length()
                + "\r\nConnection: close\r\n\r\n" + body);
        assertProblem(declared, 413, "body-too-large");
        String chunked = raw("POST /v1/spaces HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + user.token()
                + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                + Integer.toHexString(body.length()) + "\r\n" + body + "\r\n0\r\n\r\n");
        assertProblem(chunked, 413, "body-too-large");
    }

    @Test
    void aNulCharacterInAStringIs422NamingTheField() {
        TestUser user = newUser();
        ApiResponse answer = api.post("/v1/spaces", user.token(), Map.of("name", "Maths\u0000class", "isPublic", false))
                .assertStatus(422);
        assertThat(answer.problemType()).isEqualTo("https://moodhood.online/problems/validation-failed");
        assertThat(answer.text()).contains("\"field\":\"name\"");
    }
}
