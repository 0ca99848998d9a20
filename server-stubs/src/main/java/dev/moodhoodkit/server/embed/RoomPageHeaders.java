package dev.moodhoodkit.server.embed;

import java.util.ArrayList;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * The room page's security headers. {@code Content-Security-Policy} lets only this server's
 * own scripts, styles and calls run, and only the configured sites frame the page
 * ({@code frame-ancestors}); {@code Permissions-Policy} gives the document the same rights as
 * the descriptor's {@code allow} attribute, so a page opened outside the iframe (or in an iframe
 * with a too generous {@code allow}) cannot ask for more than its visitor may use.
 */
@Component
class RoomPageHeaders {

    /** Nothing from elsewhere: no inline script, no other host, no plugins, no forms. */
    private static final String PAGE_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; media-src 'self' mediastream: blob:; connect-src 'self'; base-uri 'none'; "
            + "form-action 'none'";

    private final EmbedProperties properties;

    RoomPageHeaders(EmbedProperties properties) {
        this.properties = properties;
    }

    String contentSecurityPolicy() {
        return PAGE_POLICY + "; " + properties.frameAncestors();
    }

    /**
     * {@code camera=(self)} where the visitor may publish a camera, {@code camera=()} where not;
     * the same for the microphone and {@code display-capture}; the guide's fixed features for
     * the page itself.
     */
    static String permissionsPolicy(Embed.Rights rights) {
        List<String> features = new ArrayList<>();
        features.add(feature("camera", rights.camera()));
        features.add(feature("microphone", rights.microphone()));
        features.add(feature("display-capture", rights.screenShare()));
        for (String fixed : Embed.FIXED_FEATURES) {
            features.add(feature(fixed, true));
        }
        return String.join(", ", features);
    }

    private static String feature(String name, boolean allowed) {
        return name + (allowed ? "=(self)" : "=()");
    }

    /** The headers of the page for a visitor with these rights. */
    HttpHeaders forPage(Embed.Rights rights) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("Content-Security-Policy", contentSecurityPolicy());
        headers.set("Permissions-Policy", permissionsPolicy(rights));
        // The URL holds a token: never in a Referer, never in a cache.
        headers.set("Referrer-Policy", "no-referrer");
        headers.setCacheControl(CacheControl.noStore());
        headers.set("X-Content-Type-Options", "nosniff");
        return headers;
    }
}
