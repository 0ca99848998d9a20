package dev.moodhoodkit.server.webhooks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The fenced code blocks of a guide page (docs/*.md), for tests that run the guide's own code. */
final class GuideBlocks {

    private GuideBlocks() {}

    /** The contents of the page's blocks fenced as {@code language}, in page order. */
    static List<String> of(String page, String language) {
        Path file = Path.of(System.getProperty("moodhood.docs.dir", "../docs")).resolve(page);
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> blocks = new ArrayList<>();
        StringBuilder current = null;
        for (String line : lines) {
            if (current == null && line.strip().equals("```" + language)) {
                current = new StringBuilder();
            } else if (current != null && line.strip().equals("```")) {
                blocks.add(current.toString());
                current = null;
            } else if (current != null) {
                current.append(line).append('\n');
            }
        }
        return blocks;
    }
}
