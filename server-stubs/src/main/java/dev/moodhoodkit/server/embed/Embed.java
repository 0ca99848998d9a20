package dev.moodhoodkit.server.embed;

import java.util.ArrayList;
import java.util.List;
import org.springframework.web.util.HtmlUtils;

/**
 * An embedded room for one caller: the room page URL, the iframe's size, and what the caller
 * may do there, from which the iframe's {@code allow} attribute follows.
 */
record Embed(String roomUrl, String width, String height, Rights rights) {

    /**
     * The browser features every room page may use (MoodHood's guide), after the ones that
     * depend on the caller's rights.
     */
    static final List<String> FIXED_FEATURES = List.of(
            "fullscreen",
            "accelerometer",
            "autoplay",
            "clipboard-write",
            "encrypted-media",
            "gyroscope",
            "picture-in-picture",
            "screen-wake-lock");

    record Rights(boolean camera, boolean microphone, boolean screenShare, boolean chat, boolean moderate) {

        /** What a page whose token does not sign in may do: nothing. */
        static final Rights NONE = new Rights(false, false, false, false, false);
    }

    /**
     * The iframe's permissions policy: {@code camera} and {@code microphone} where the caller
     * may publish them and {@code 'none'} where not (so the page cannot even ask),
     * {@code display-capture} only where the caller may share the screen.
     */
    String allow() {
        List<String> features = new ArrayList<>();
        features.add(rights.camera() ? "camera" : "camera 'none'");
        features.add(rights.microphone() ? "microphone" : "microphone 'none'");
        if (rights.screenShare()) {
            features.add("display-capture");
        }
        features.addAll(FIXED_FEATURES);
        return String.join("; ", features);
    }

    /** The iframe element, every attribute value HTML-escaped, ready to paste. */
    String html() {
        return "<iframe src=\"" + escape(roomUrl) + "\" width=\"" + escape(width) + "\" height=\"" + escape(height)
                + "\" frameborder=\"0\" allow=\"" + escape(allow()) + "\" allowusermedia></iframe>";
    }

    private static String escape(String value) {
        return HtmlUtils.htmlEscape(value, "UTF-8");
    }
}
