package dev.moodhoodkit.conformance.report;

import dev.moodhoodkit.conformance.report.Ledger.Entry;
import dev.moodhoodkit.conformance.report.Ledger.Violation;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

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

    /** JUnit XML, as CI servers read it: an operation with a violation or not exercised fails. */
    public static String junitXml(Ledger ledger, Run run) {
        long failures = ledger.entries().stream()
                .filter(e -> !e.violations().isEmpty() || (!e.exercised() && e.unreachable() == null))
                .count();
        long skipped = ledger.entries().stream()
                .filter(e -> e.violations().isEmpty() && !e.exercised() && e.unreachable() != null)
                .count();
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", "moodhood-conformance " + run.spec());
            xml.writeAttribute("tests", String.valueOf(ledger.entries().size()));
            xml.writeAttribute("failures", String.valueOf(failures));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("skipped", String.valueOf(skipped));
            xml.writeAttribute("time", String.valueOf(run.millis() / 1000.0));
            for (Entry entry : ledger.entries()) {
                xml.writeStartElement("testcase");
                xml.writeAttribute("classname", run.spec());
                xml.writeAttribute("name", entry.operationId());
                if (!entry.violations().isEmpty()) {
                    xml.writeStartElement("failure");
                    xml.writeAttribute(
                            "message", printable(entry.violations().get(0).message()));
                    xml.writeCharacters(printable(entry.violations().stream()
                            .map(v -> v.message() + "\n" + v.exchange())
                            .collect(Collectors.joining("\n\n"))));
                    xml.writeEndElement();
                } else if (!entry.exercised()) {
                    xml.writeEmptyElement(entry.unreachable() != null ? "skipped" : "failure");
                    xml.writeAttribute("message", entry.unreachable() != null ? entry.unreachable() : "not exercised");
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return text + "\n";
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

    /** Answers carry arbitrary bytes; XML 1.0 cannot hold control characters other than whitespace. */
    private static String printable(String text) {
        return text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", "?");
    }
}
