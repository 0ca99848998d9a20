package dev.moodhoodkit.server.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the curl examples of a guide page (see {@link DocExample} and {@code docs/index.md}).
 * A page that breaks the convention is reported, with its line, instead of being half read:
 * a curl command without {@code # expect:}, a curl in a block that does not start with it,
 * more than one command in a block.
 */
final class DocExamples {

    private static final Pattern FENCE = Pattern.compile("^( {0,3})```\\s*([A-Za-z0-9_-]*).*$");
    private static final Pattern CLOSE = Pattern.compile("^ {0,3}```\\s*$");
    private static final Pattern EXPECT = Pattern.compile("^#\\s*expect:\\s*(\\d{3})\\s*$");
    private static final Pattern SAVE = Pattern.compile("^#\\s*save:\\s*([A-Z][A-Z0-9_]*)=(/\\S*|)\\s*$");
    private static final Pattern PENDING = Pattern.compile("^#\\s*pending\\b.*$");
    private static final Pattern DIRECTIVE = Pattern.compile("^#\\s*(expect|save)\\b.*$");
    private static final Pattern CURL = Pattern.compile("^curl(\\s|$).*", Pattern.DOTALL);

    private DocExamples() {}

    /** A fenced block: its language, its first line's number, its lines without the fences. */
    record Block(String language, int line, List<String> lines, int endLine) {}

    static List<DocExample> of(Path page) {
        List<String> lines;
        try {
            lines = Files.readAllLines(page, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parse(page.getFileName().toString(), lines);
    }

    static List<DocExample> parse(String page, List<String> lines) {
        List<Block> blocks = blocks(page, lines);
        List<DocExample> examples = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            if (!"bash".equals(block.language())
                    && !"sh".equals(block.language())
                    && !"shell".equals(block.language())) {
                continue;
            }
            Block next = b + 1 < blocks.size() ? blocks.get(b + 1) : null;
            boolean answerFollows = next != null
                    && "json".equals(next.language())
                    && onlyBlankBetween(lines, block.endLine(), next.line());
            DocExample example = example(page, examples.size() + 1, block, answerFollows ? next : null);
            if (example != null) {
                examples.add(example);
            }
        }
        return examples;
    }

    private static DocExample example(String page, int number, Block block, Block answer) {
        Integer expected = null;
        List<DocExample.Save> saves = new ArrayList<>();
        List<String> command = new ArrayList<>();
        for (String raw : block.lines()) {
            String line = raw.strip();
            if (command.isEmpty() && line.startsWith("#")) {
                Matcher m;
                if ((m = EXPECT.matcher(line)).matches()) {
                    expected = Integer.parseInt(m.group(1));
                } else if ((m = SAVE.matcher(line)).matches()) {
                    saves.add(new DocExample.Save(m.group(1), m.group(2)));
                } else if (PENDING.matcher(line).matches()) {
                    // Nothing is skipped: an example of a feature the server lacks fails, so a
                    // missing or deleted controller shows in the build instead of hiding.
                    throw broken(page, block, "examples are never skipped: remove `" + line + "`");
                } else if (DIRECTIVE.matcher(line).matches()) {
                    throw broken(page, block, "cannot read the directive `" + line + "`");
                }
                continue;
            }
            if (command.isEmpty() && line.isEmpty()) {
                continue;
            }
            command.add(raw);
        }
        String text = String.join("\n", command).strip();
        boolean curlAnywhere = command.stream().anyMatch(l -> l.strip().matches("^(.*[\\s(|;&])?curl\\s.*"));
        if (!CURL.matcher(text).matches()) {
            if (curlAnywhere || expected != null || !saves.isEmpty()) {
                throw broken(page, block, "a block with a curl example holds that one command and starts with it");
            }
            return null;
        }
        if (logicalLines(command) != 1) {
            throw broken(page, block, "one curl command per block (continue long lines with a backslash)");
        }
        if (expected == null) {
            throw broken(page, block, "the curl command has no `# expect: <status>` line above it");
        }
        return new DocExample(
                page,
                number,
                block.line(),
                text,
                expected,
                List.copyOf(saves),
                answer == null ? null : String.join("\n", answer.lines()),
                answer == null ? 0 : answer.line());
    }

    /** Lines not continued by a trailing backslash, that is, commands. */
    private static int logicalLines(List<String> command) {
        int count = 0;
        boolean continued = false;
        for (String line : command) {
            if (!continued && !line.isBlank()) {
                count++;
            }
            continued = line.stripTrailing().endsWith("\\");
        }
        return count;
    }

    private static boolean onlyBlankBetween(List<String> lines, int endLine, int nextLine) {
        for (int i = endLine; i < nextLine - 1; i++) {
            if (!lines.get(i).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static List<Block> blocks(String page, List<String> lines) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher open = FENCE.matcher(lines.get(i));
            if (!open.matches()) {
                continue;
            }
            int indent = open.group(1).length();
            List<String> body = new ArrayList<>();
            int j = i + 1;
            while (j < lines.size() && !CLOSE.matcher(lines.get(j)).matches()) {
                String line = lines.get(j);
                body.add(
                        line.length() >= indent && line.substring(0, indent).isBlank() ? line.substring(indent) : line);
                j++;
            }
            if (j == lines.size()) {
                throw new AssertionError("docs/" + page + " line " + (i + 1) + ": the code block is never closed");
            }
            blocks.add(new Block(open.group(2).toLowerCase(java.util.Locale.ROOT), i + 1, body, j + 1));
            i = j;
        }
        return blocks;
    }

    private static AssertionError broken(String page, Block block, String what) {
        return new AssertionError("docs/" + page + " line " + block.line() + ": " + what
                + " (the convention is at the top of docs/index.md)");
    }
}
