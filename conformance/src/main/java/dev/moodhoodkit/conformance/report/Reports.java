package dev.moodhoodkit.conformance.report;

import dev.moodhoodkit.conformance.report.Ledger.Entry;
import dev.moodhoodkit.conformance.report.Ledger.Violation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/** The ledger as a console table, a Markdown report and JUnit XML (one test case per operation). */
public final class Reports {

    /** What the run was: shown at the top of each report. */
    public record Run(String baseUrl, String spec, String runName, int requests, long millis) {}

    private Reports() {}

    public static String table(Ledger ledger) {
        int width = ledger.entries().stream()
                .mapToInt(e -> e.operationId().length())
                .max()
                .orElse(10);
        StringBuilder text = new StringBuilder();
        String format = "%-" + width + "s  %-9s  %-16s  %s%n";
        text.append(String.format(format, "operation", "exercised", "statuses", "result"));
        for (Entry entry : ledger.entries()) {
            text.append(String.format(format, entry.operationId(), exercised(entry), statuses(entry), result(entry)));
        }
        return text.toString();
    }

    public static String markdown(Ledger ledger, Run run) {
        StringBuilder md = new StringBuilder("# MoodHood conformance report\n\n");
        md.append("- Deployment: `").append(run.baseUrl()).append("`\n");
        md.append("- Spec: `").append(run.spec()).append("`\n");
        md.append("- Names created start with `").append(run.runName()).append("`\n");
        md.append("- Requests: ")
                .append(run.requests())
                .append(" in ")
                .append(run.millis())
                .append(" ms\n");
        md.append("- Result: **")
                .append(ledger.passed() ? "conforms" : "does not conform")
                .append("**\n\n");
        md.append("| operation | exercised | statuses | result |\n|---|---|---|---|\n");
        for (Entry entry : ledger.entries()) {
            md.append("| `")
                    .append(entry.operationId())
                    .append("` | ")
                    .append(exercised(entry))
                    .append(" | ")
                    .append(statuses(entry))
                    .append(" | ")
                    .append(result(entry).replace("|", "\\|"))
                    .append(" |\n");
        }
        boolean any = false;
        for (Entry entry : ledger.entries()) {
            for (Violation violation : entry.violations()) {
                if (!any) {
                    md.append("\n## Violations\n");
                    any = true;
                }
                md.append("\n### `").append(entry.operationId()).append("`\n\n");
                md.append(violation.message())
                        .append("\n\n```\n")
                        .append(violation.exchange())
                        .append("\n```\n");
            }
        }
        md.append("\n## Notes\n\n");
        ledger.entries()
                .forEach(entry -> entry.notes()
                        .forEach(note -> md.append("- `")
                                .append(entry.operationId())
                                .append("`: ")
                                .append(note)
                                .append('\n')));
        ledger.runNotes().forEach(note -> md.append("- ").append(note).append('\n'));
        return md.toString();
    }

    public static String junitXml(Ledger ledger, Run run) {
        long failures = ledger.entries().stream()
                .filter(e -> !e.violations().isEmpty() || (!e.exercised() && e.unreachable() == null))
                .count();
        long skipped = ledger.entries().stream()
                .filter(e -> !e.exercised() && e.unreachable() != null)
                .count();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append("<testsuite name=\"moodhood-conformance ")
                .append(xml(run.spec()))
                .append("\" tests=\"")
                .append(ledger.entries().size())
                .append("\" failures=\"")
                .append(failures)
                .append("\" errors=\"0\" skipped=\"")
                .append(skipped)
                .append("\" time=\"")
                .append(run.millis() / 1000.0)
                .append("\">\n");
        for (Entry entry : ledger.entries()) {
            xml.append("  <testcase classname=\"")
                    .append(xml(run.spec()))
                    .append("\" name=\"")
                    .append(xml(entry.operationId()))
                    .append("\">");
            if (!entry.violations().isEmpty()) {
                String detail = entry.violations().stream()
                        .map(v -> v.message() + "\n" + v.exchange())
                        .collect(Collectors.joining("\n\n"));
                xml.append("\n    <failure message=\"")
                        .append(xml(entry.violations().get(0).message()))
                        .append("\">")
                        .append(xml(detail))
                        .append("</failure>\n  ");
            } else if (!entry.exercised() && entry.unreachable() != null) {
                xml.append("<skipped message=\"")
                        .append(xml(entry.unreachable()))
                        .append("\"/>");
            } else if (!entry.exercised()) {
                xml.append("<failure message=\"not exercised\"/>");
            }
            xml.append("</testcase>\n");
        }
        return xml.append("</testsuite>\n").toString();
    }

    public static void write(Ledger ledger, Run run, Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("report.md"), markdown(ledger, run), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("junit.xml"), junitXml(ledger, run), StandardCharsets.UTF_8);
    }

    private static String exercised(Entry entry) {
        return entry.exercised() ? "yes (" + entry.exchanges() + ")" : "no";
    }

    private static String statuses(Entry entry) {
        return entry.statuses().isEmpty()
                ? "-"
                : entry.statuses().stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static String result(Entry entry) {
        if (!entry.violations().isEmpty()) {
            String first =
                    entry.violations().get(0).message().lines().findFirst().orElse("");
            return "FAIL: " + entry.violations().size() + " violation(s): " + first;
        }
        if (!entry.exercised()) {
            return entry.unreachable() != null
                    ? "impossible here: " + entry.unreachable()
                    : "FAIL: not exercised"
                            + (entry.notes().isEmpty()
                                    ? ""
                                    : " (" + entry.notes().get(0) + ")");
        }
        return "ok";
    }

    private static String xml(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
