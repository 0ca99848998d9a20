package dev.moodhoodkit.server.docs;

import java.net.URI;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.renderer.html.AttributeProvider;

/**
 * Rewrites the guide's links for this server, so that one Markdown file works both in the
 * repository and at {@code /docs}:
 * <ul>
 *   <li>{@code other-page.md#part} → {@code other-page#part} (the rendered page);
 *       {@code index.md} → {@code ./} (the guide's front page is {@code /docs/});</li>
 *   <li>{@code http://localhost:8080/...}, the address the pages give for a server started with
 *       the defaults → {@code /...}, this server, whatever its host and port;</li>
 *   <li>any other relative link that leaves the folder ({@code ../client-feign/README.md}) →
 *       the file in the repository's web view, since it is not in the jar;</li>
 *   <li>images, anchors and absolute links stay as they are.</li>
 * </ul>
 */
final class GuideLinks implements AttributeProvider {

    /** The project's home (the spec's {@code info.contact.url}), where files outside docs/ are read. */
    static final String DEFAULT_REPOSITORY_URL = "https://github.com/moodhoodkit/moodhood-kit/blob/main/";

    static final String LOCAL_SERVER = "http://localhost:8080/";

    private static final Pattern PAGE_LINK = Pattern.compile("([A-Za-z0-9][A-Za-z0-9_-]{0,63})\\.md(#.*)?");
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    private final String repositoryUrl;

    GuideLinks(String repositoryUrl) {
        this.repositoryUrl = repositoryUrl.endsWith("/") ? repositoryUrl : repositoryUrl + "/";
    }

    @Override
    public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
        if (node instanceof Link && attributes.containsKey("href")) {
            attributes.put("href", rewrite(attributes.get("href")));
        } else if (node instanceof Image && attributes.containsKey("src")) {
            String src = attributes.get("src");
            if (src.startsWith(LOCAL_SERVER)) {
                attributes.put("src", src.substring(LOCAL_SERVER.length() - 1));
            }
        }
    }

    String rewrite(String href) {
        if (href.startsWith(LOCAL_SERVER)) {
            return href.substring(LOCAL_SERVER.length() - 1);
        }
        if (href.isEmpty()
                || href.startsWith("#")
                || href.startsWith("/")
                || SCHEME.matcher(href).find()) {
            return href;
        }
        Matcher page = PAGE_LINK.matcher(href);
        if (page.matches()) {
            String fragment = page.group(2) == null ? "" : page.group(2);
            return ("index".equals(page.group(1)) ? "./" : page.group(1)) + fragment;
        }
        if (href.startsWith("images/")) {
            return href;
        }
        // Leaves docs/: resolve it against docs/ in the repository.
        String inRepository = URI.create("docs/").resolve(href).normalize().toString();
        if (inRepository.startsWith("../")) {
            return href;
        }
        return repositoryUrl + inRepository;
    }
}
