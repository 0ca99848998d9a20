package dev.moodhoodkit.server.errors;

import dev.moodhoodkit.server.common.Problems;
import org.springframework.http.HttpStatus;

/**
 * The problem documents of refusals made by Tomcat, written without Jackson (the valve runs
 * outside Spring): only fixed texts and a status, so there is nothing to escape but the path,
 * which is left out on purpose (it is what could not be read).
 */
final class TomcatProblems {

    private TomcatProblems() {}

    static String json(int status, String ignoredPath) {
        String slug;
        String title;
        String detail;
        switch (status) {
            case 400 -> {
                slug = "malformed-request";
                title = "Malformed request";
                detail = "The request line, a header or the path cannot be read (bad characters, a bad"
                        + " percent escape, an encoded slash or a NUL byte).";
            }
            case 413 -> {
                slug = "body-too-large";
                title = "Body too large";
                detail = "The request body is larger than this server accepts.";
            }
            case 414 -> {
                slug = "uri-too-long";
                title = "URI too long";
                detail = "The request line is longer than this server accepts.";
            }
            case 431 -> {
                slug = "headers-too-large";
                title = "Request header fields too large";
                detail = "The request's headers are larger than this server accepts.";
            }
            default -> {
                HttpStatus known = HttpStatus.resolve(status);
                title = known == null ? "Error" : known.getReasonPhrase();
                slug = title.toLowerCase().replaceAll("[^a-z0-9]+", "-");
                detail = "The server refused the request (" + status + ").";
            }
        }
        return "{\"type\":\"" + Problems.TYPE_BASE + slug + "\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"}";
    }
}
