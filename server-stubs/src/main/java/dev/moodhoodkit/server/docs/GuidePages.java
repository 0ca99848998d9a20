package dev.moodhoodkit.server.docs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The guide: the repository's {@code docs/*.md}, copied into the jar under {@code docs/} at build
 * time (server-stubs pom), each rendered to HTML once at start. The pages are the project's own
 * files, so their inline HTML is kept; links are rewritten by {@link GuideLinks} so that the
 * same Markdown reads right in the repository and on this server.
 */
@Component
class GuidePages {

    /** A page's name: its file name without {@code .md}; nothing that could leave the folder. */
    static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    static final String LOCATION = "classpath:docs/";

    /**
     * One page.
     *
     * @param name     the file name without {@code .md}
     * @param title    the text of its first heading (the name if it has none)
     * @param markdown the file as written
     * @param html     the rendered body, without the surrounding page
     */
    record Page(String name, String title, String markdown, String html) {}

    private final Map<String, Page> pages;

    GuidePages(
            @Value("${moodhood.docs.repository-url:" + GuideLinks.DEFAULT_REPOSITORY_URL + "}") String repositoryUrl) {
        List<Extension> extensions = List.of(TablesExtension.create(), HeadingAnchorExtension.create());
        Parser parser = Parser.builder().extensions(extensions).build();
        HtmlRenderer renderer = HtmlRenderer.builder()
                .extensions(extensions)
                .attributeProviderFactory(context -> new GuideLinks(repositoryUrl))
                .build();
        Map<String, Page> loaded = new TreeMap<>();
        for (Resource resource : markdownFiles()) {
            String file = resource.getFilename();
            String name = file.substring(0, file.length() - ".md".length());
            if (!NAME.matcher(name).matches()) {
                continue;
            }
            String markdown = read(resource);
            Node document = parser.parse(markdown);
            loaded.put(name, new Page(name, title(document).orElse(name), markdown, renderer.render(document)));
        }
        this.pages = Collections.unmodifiableMap(loaded);
    }

    Optional<Page> page(String name) {
        return NAME.matcher(name).matches() ? Optional.ofNullable(pages.get(name)) : Optional.empty();
    }

    /** Every page's name, sorted. */
    List<String> names() {
        return List.copyOf(pages.keySet());
    }

    private static Resource[] markdownFiles() {
        try {
            return new PathMatchingResourcePatternResolver(GuidePages.class.getClassLoader())
                    .getResources(LOCATION + "*.md");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the guide's pages under " + LOCATION, e);
        }
    }

    private static String read(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static Optional<String> title(Node document) {
        TextContentRenderer text = TextContentRenderer.builder().build();
        String[] found = new String[1];
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                if (found[0] == null) {
                    found[0] = text.render(heading).strip();
                }
            }
        });
        return Optional.ofNullable(found[0]).filter(t -> !t.isEmpty());
    }
}
